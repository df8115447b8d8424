-- Public services (docs/services.md): the procedure catalogue, effective-dated, and what the intake
-- channels keep. The schema is the module's (V45); created here too when missing, so this migration
-- stands alone.
CREATE SCHEMA IF NOT EXISTS services;
GRANT USAGE ON SCHEMA services TO ${app_role};

-- The provincial power company takes the two electricity procedures of the 25 essential services.
INSERT INTO security.agency (code, name_vi, name_en)
VALUES ('DIEN_LUC', 'Công ty Điện lực tỉnh', 'Provincial Power Company')
ON CONFLICT (code) DO NOTHING;

-- Each version of a procedure: in effect from its day until the next version's. The definition is the
-- procedure as src/main/resources/services/procedures.json writes it (names, family, online level, fee,
-- limit, legs with their handlers, components with their source, legal basis, source). Bundled
-- versions are reloaded when the shipped file changes; an administrator's versions are never overwritten.
CREATE TABLE services.procedure_version (
    code             text NOT NULL CHECK (code ~ '^[0-9A-Za-z][0-9A-Za-z.\-]{2,19}$'),
    effective_from   date NOT NULL,
    essential_number integer CHECK (essential_number BETWEEN 1 AND 25),
    definition       jsonb NOT NULL,
    origin           text NOT NULL CHECK (origin IN ('BUNDLED', 'EDITED')),
    recorded_by      text NOT NULL,
    recorded_at      timestamptz NOT NULL,
    PRIMARY KEY (code, effective_from)
);

-- The SHA-256 of the bundled catalogue file last loaded.
CREATE TABLE services.catalogue_bundle (
    digest    text PRIMARY KEY,
    loaded_at timestamptz NOT NULL
);

-- A dossier pushed by the national interconnection software, by the sender's signing key and its
-- idempotency key: a resend finds the dossier filed the first time. The request's digest tells a
-- resend from a different dossier under a reused key.
CREATE TABLE services.idempotency_key (
    key_id          text NOT NULL,
    idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 128),
    request_sha256  bytea NOT NULL CHECK (length(request_sha256) = 32),
    dossier_code    text NOT NULL,
    received_at     timestamptz NOT NULL,
    PRIMARY KEY (key_id, idempotency_key)
);

-- Attachments of dossiers (uploaded online, scanned at the counter, sent by the interconnection software),
-- checked by content before they are kept; the dossier's component names the attachment's id.
CREATE TABLE services.attachment (
    attachment_id bigserial PRIMARY KEY,
    component_key text NOT NULL,
    file_name     text NOT NULL CHECK (length(file_name) <= 255),
    media_type    text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes    integer NOT NULL CHECK (size_bytes > 0),
    content       bytea NOT NULL,
    uploaded_by   text NOT NULL,
    uploaded_at   timestamptz NOT NULL
);

-- The Ed25519 keys the national interconnection software signs its requests with (RFC 9421); a key
-- is withdrawn, never deleted, so the ledger's entries keep naming a known key.
CREATE TABLE services.interconnection_key (
    key_id      text PRIMARY KEY CHECK (key_id ~ '^[A-Za-z0-9._-]{1,64}$'),
    public_key  text NOT NULL,
    added_by    text NOT NULL,
    added_at    timestamptz NOT NULL,
    withdrawn_at timestamptz
);
