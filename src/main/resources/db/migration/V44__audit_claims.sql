-- Keys that ledger entries claim once (AuditLedger.recordOnce): the partner gateway's nonces. A claim
-- is inserted in the same transaction as its entry, under the chain head's lock, so a key is claimed
-- exactly when its entry is on the ledger, and writers on every instance see each other's claims.
-- Rows are forgotten once keep_until has passed (the ledger's writer deletes them).
CREATE TABLE audit.claim (
    claim_key  text        PRIMARY KEY,
    keep_until timestamptz NOT NULL
);
CREATE INDEX claim_keep_until ON audit.claim (keep_until);

-- exchange.nonce (V10) is no longer written; an instance of the release before still writes it during
-- a rolling upgrade, so it is dropped in a later release (docs/operations.md, "A rolling upgrade").
-- Until then its rows claim the same keys as this release's gateway ('exchange.nonce <keyid> <nonce>'),
-- so the two releases refuse each other's replays: a nonce the other release claimed first is not
-- inserted, which the release before reads as a replay.
CREATE FUNCTION exchange.nonce_claims_too() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit.claim (claim_key, keep_until)
    VALUES ('exchange.nonce ' || NEW.key_id || ' ' || NEW.nonce, NEW.expires_at)
    ON CONFLICT DO NOTHING;
    IF FOUND THEN
        RETURN NEW;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER nonce_claims_too
    BEFORE INSERT ON exchange.nonce
    FOR EACH ROW EXECUTE FUNCTION exchange.nonce_claims_too();
