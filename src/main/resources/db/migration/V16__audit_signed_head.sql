-- The chain head carries the ledger writer's signature over (last_seq, last_hash), made with a key
-- the database never sees (docs/audit.md, "Signed head"). The application's role may still advance
-- the head (its writer does), but only forward, only to an entry the ledger holds, and only with a
-- signature: what it cannot do is sign, so a head it moves by hand fails the writer's and the
-- verifier's check.
ALTER TABLE audit.chain_head
    ADD COLUMN signature bytea CHECK (signature IS NULL OR octet_length(signature) = 64);

CREATE FUNCTION audit.guard_chain_head() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.last_seq <= OLD.last_seq THEN
        RAISE EXCEPTION 'the audit ledger''s head only moves forward (from % to % refused)', OLD.last_seq, NEW.last_seq
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.signature IS NULL THEN
        RAISE EXCEPTION 'the audit ledger''s head must carry the writer''s signature'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM audit.ledger WHERE seq = NEW.last_seq AND hash = NEW.last_hash) THEN
        RAISE EXCEPTION 'the audit ledger''s head must name an entry of the ledger (entry % with that hash is absent)',
            NEW.last_seq USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER chain_head_forward_only
    BEFORE UPDATE ON audit.chain_head
    FOR EACH ROW EXECUTE FUNCTION audit.guard_chain_head();
