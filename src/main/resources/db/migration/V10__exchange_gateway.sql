-- The verification gateway: partner agencies, their Ed25519 keys and policies, the nonces of signed
-- requests (replay protection), citizens' consents, bulk verification jobs and usage counts.
CREATE SCHEMA exchange;
GRANT USAGE ON SCHEMA exchange TO ${app_role};

CREATE TABLE exchange.partner (
    code       text PRIMARY KEY CHECK (code ~ '^[A-Z0-9_-]{2,32}$'),
    name       text NOT NULL,
    agency     text,
    systems    text,
    contact    text,
    active     boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- what a partner may do: operations (VERIFY, RETRIEVE, BULK_VERIFY), attributes by their API name,
-- purposes by code, and the number of requests per minute
CREATE TABLE exchange.policy (
    partner_code    text PRIMARY KEY REFERENCES exchange.partner,
    operations      text[] NOT NULL DEFAULT '{}',
    attributes      text[] NOT NULL DEFAULT '{}',
    purposes        text[] NOT NULL DEFAULT '{}',
    rate_per_minute integer NOT NULL DEFAULT 600 CHECK (rate_per_minute > 0)
);

-- raw 32-byte Ed25519 public keys; a revoked key stays for the record
CREATE TABLE exchange.partner_key (
    key_id       text PRIMARY KEY CHECK (key_id ~ '^[A-Za-z0-9._:-]{1,64}$'),
    partner_code text NOT NULL REFERENCES exchange.partner,
    public_key   bytea NOT NULL CHECK (length(public_key) = 32),
    added_by     text NOT NULL,
    added_at     timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz
);
CREATE INDEX partner_key_partner ON exchange.partner_key (partner_code);

-- a nonce is kept until a request carrying it would be stale anyway
CREATE TABLE exchange.nonce (
    key_id     text NOT NULL,
    nonce      text NOT NULL,
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (key_id, nonce)
);
CREATE INDEX nonce_expiry ON exchange.nonce (expires_at);

CREATE TABLE exchange.consent (
    consent_id   bigserial PRIMARY KEY,
    pin          text NOT NULL CHECK (pin ~ '^[0-9]{12}$'),
    partner_code text NOT NULL REFERENCES exchange.partner,
    purpose      text NOT NULL,
    attributes   text[] NOT NULL,
    expires_on   date NOT NULL,
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    revoked_by   text,
    revoked_at   timestamptz
);
CREATE INDEX consent_lookup ON exchange.consent (pin, partner_code, purpose);
GRANT USAGE ON SEQUENCE exchange.consent_consent_id_seq TO ${app_role};

-- the uploaded CSV is kept whole; processed rows move the cursor in the same transaction that
-- stores their results, so a job resumes after a restart where it stopped
CREATE TABLE exchange.bulk_job (
    job_id         uuid PRIMARY KEY,
    partner_code   text NOT NULL REFERENCES exchange.partner,
    purpose        text NOT NULL,
    end_user       text NOT NULL,
    case_ref       text NOT NULL,
    request_digest text NOT NULL,
    input          bytea NOT NULL,
    total_rows     integer NOT NULL,
    cursor_row     integer NOT NULL DEFAULT 0,
    status         text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE')),
    created_at     timestamptz NOT NULL DEFAULT now(),
    finished_at    timestamptz
);
CREATE INDEX bulk_job_status ON exchange.bulk_job (status, created_at);

CREATE TABLE exchange.bulk_result (
    job_id uuid NOT NULL REFERENCES exchange.bulk_job ON DELETE CASCADE,
    row_no integer NOT NULL,
    line   text NOT NULL,
    PRIMARY KEY (job_id, row_no)
);

CREATE TABLE exchange.usage (
    partner_code text NOT NULL,
    day          date NOT NULL,
    operation    text NOT NULL,
    outcome      text NOT NULL,
    requests     bigint NOT NULL,
    PRIMARY KEY (partner_code, day, operation, outcome)
);
