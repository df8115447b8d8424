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
