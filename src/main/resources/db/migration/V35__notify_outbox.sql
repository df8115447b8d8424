-- Notifications (docs/notify.md): notify.message is the one outbox every module writes in its own
-- transaction; the dispatcher on the job runner claims due rows with FOR UPDATE SKIP LOCKED. The
-- rendered text stays here (it is also the citizen's in-portal inbox); phone numbers and e-mail
-- addresses do not: they are read from the register when the message is sent.
CREATE SCHEMA notify;
GRANT USAGE ON SCHEMA notify TO ${app_role};

CREATE TABLE notify.message (
    id               bigserial PRIMARY KEY,
    version          bigint NOT NULL,
    -- a citizen by personal ID, or an officer by staff account
    recipient_pin    text,
    recipient_staff  bigint,
    channel          text NOT NULL CHECK (channel IN ('INBOX', 'SMS', 'EMAIL')),
    template         text NOT NULL,
    language         text NOT NULL,
    subject          text NOT NULL,
    body             text NOT NULL,
    state            text NOT NULL CHECK (state IN ('QUEUED', 'SENDING', 'RETRYING', 'SENT', 'GIVEN_UP')),
    attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  timestamptz NOT NULL,
    -- the message key of the last failure, never an exception's text
    failure_key      text,
    created_at       timestamptz NOT NULL,
    sent_at          timestamptz,
    CHECK ((recipient_pin IS NULL) <> (recipient_staff IS NULL)),
    CHECK ((state = 'SENT') = (sent_at IS NOT NULL))
);
-- the dispatcher's claim: only what is still to send, in order of when it is due
CREATE INDEX message_due ON notify.message (next_attempt_at) WHERE state IN ('QUEUED', 'RETRYING', 'SENDING');
-- the inbox and the per-recipient rate limit
CREATE INDEX message_by_citizen ON notify.message (recipient_pin, channel, created_at DESC) WHERE recipient_pin IS NOT NULL;
CREATE INDEX message_by_staff ON notify.message (recipient_staff, channel, created_at DESC) WHERE recipient_staff IS NOT NULL;

-- The demo's simulated SMS gateway (never started in production): what it received, once per
-- idempotency key; a repeat of a key counts in repeats and is not stored again.
CREATE SCHEMA sms_sim;
GRANT USAGE ON SCHEMA sms_sim TO ${app_role};
CREATE TABLE sms_sim.received (
    idempotency_key  text PRIMARY KEY,
    phone            text NOT NULL,
    text             text NOT NULL,
    received_at      timestamptz NOT NULL,
    repeats          integer NOT NULL DEFAULT 0
);
CREATE INDEX received_latest ON sms_sim.received (received_at DESC);
