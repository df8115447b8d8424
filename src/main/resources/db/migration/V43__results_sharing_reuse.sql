-- Online verification and reuse of results (docs/results.md, "Online verification and reuse").
-- The schema is the results module's (V40); created here too when missing, so this migration stands alone.
CREATE SCHEMA IF NOT EXISTS results;
GRANT USAGE ON SCHEMA results TO ${app_role};

-- A holder's time-limited link to one of their results. Only the SHA-256 of the link's secret is kept,
-- so the table read by someone else opens no result; the secret is shown to the holder once.
CREATE TABLE results.share_link (
    share_id      bigserial PRIMARY KEY,
    token_sha256  bytea NOT NULL UNIQUE CHECK (length(token_sha256) = 32),
    result_code   text NOT NULL,
    holder_pin    text NOT NULL CHECK (holder_pin ~ '^[0-9]{12}$'),
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz,
    CHECK (expires_at > created_at),
    CHECK (revoked_at IS NULL OR revoked_at >= created_at)
);
-- the holder's own links, newest first
CREATE INDEX share_link_holder ON results.share_link (holder_pin, created_at DESC);

-- Each check of a result offered instead of an upload (results.ResultReuse), with its answer as a code
-- for machines (USABLE, NOT_APPLICANTS, REVOKED, SUPERSEDED, WRONG_TYPE, UNKNOWN). Reuse is the
-- USABLE answers; an indicator counts them by type and day. No personal data: the applicant is on
-- the ledger entry of the check.
CREATE TABLE results.reuse_check (
    check_id       bigserial PRIMARY KEY,
    result_code    text NOT NULL,
    expected_type  text NOT NULL,
    answer         text NOT NULL CHECK (answer IN ('USABLE', 'NOT_APPLICANTS', 'REVOKED', 'SUPERSEDED',
                                                   'WRONG_TYPE', 'UNKNOWN')),
    checked_at     timestamptz NOT NULL
);
CREATE INDEX reuse_check_usable ON results.reuse_check (expected_type, checked_at) WHERE answer = 'USABLE';
