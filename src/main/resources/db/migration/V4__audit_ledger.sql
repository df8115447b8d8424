-- The audit ledger: append-only, SHA-256 hash-chained. See docs/audit.md for the hash encoding.
CREATE SCHEMA audit;
GRANT USAGE ON SCHEMA audit TO ${app_role};

CREATE TABLE audit.ledger (
    seq         bigint      PRIMARY KEY CHECK (seq > 0),
    occurred_at timestamptz NOT NULL,
    actor_kind  text        NOT NULL,
    actor_id    text        NOT NULL,
    action      text        NOT NULL,
    object_type text,
    object_id   text,
    purpose     text,
    origin      text,
    outcome     text        NOT NULL,
    detail      text,
    prev_hash   bytea       NOT NULL CHECK (octet_length(prev_hash) = 32),
    hash        bytea       NOT NULL CHECK (octet_length(hash) = 32)
);

-- The auditor's questions: what happened in a period, what did this actor do, who touched this object.
-- seq closes each index so "newest first" pages are read straight from the index.
CREATE INDEX ledger_occurred_at_idx ON audit.ledger (occurred_at);
CREATE INDEX ledger_actor_idx ON audit.ledger (actor_id, seq);
CREATE INDEX ledger_object_idx ON audit.ledger (object_id, seq);

-- One row: the last chained entry. Every writer locks it for the length of its batch, so several
-- application instances on one database extend a single chain instead of forking it.
CREATE TABLE audit.chain_head (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    last_seq  bigint  NOT NULL CHECK (last_seq >= 0),
    last_hash bytea   NOT NULL CHECK (octet_length(last_hash) = 32)
);
INSERT INTO audit.chain_head (last_seq, last_hash) VALUES (0, '\x0000000000000000000000000000000000000000000000000000000000000000');

-- V1's default privileges gave the application UPDATE and DELETE: take back all it must not do.
REVOKE UPDATE, DELETE, TRUNCATE ON audit.ledger FROM ${app_role};
REVOKE INSERT, DELETE, TRUNCATE ON audit.chain_head FROM ${app_role};

-- Second guard, for every role including the owner: ordinary triggers fire unless a superuser
-- switches them off, which is what the verifier exists to catch.
CREATE FUNCTION audit.refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit ledger is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER ledger_append_only
    BEFORE UPDATE OR DELETE ON audit.ledger
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_ledger_change();

CREATE TRIGGER ledger_no_truncate
    BEFORE TRUNCATE ON audit.ledger
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_ledger_change();
