-- Reconciliation of the register with the National Population Database: runs (resumable from
-- their cursor), each person's latest result with the fields that disagree, and the change feed's
-- cursor. National values are never stored here: officers see them fetched live, audited.
CREATE SCHEMA national;
GRANT USAGE ON SCHEMA national TO ${app_role};

CREATE TABLE national.run (
    run_id           bigserial PRIMARY KEY,
    started_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    started_by       text NOT NULL,
    state            text NOT NULL CHECK (state IN ('RUNNING', 'DONE')),
    -- the last register person_id checked: a restart continues after it
    cursor_person_id bigint NOT NULL DEFAULT 0,
    total            bigint NOT NULL,
    checked          bigint NOT NULL DEFAULT 0,
    matched          bigint NOT NULL DEFAULT 0,
    mismatched       bigint NOT NULL DEFAULT 0,
    unknown          bigint NOT NULL DEFAULT 0,
    last_error       text
);
-- at most one run at a time, whichever server starts it
CREATE UNIQUE INDEX run_one_running ON national.run ((true)) WHERE state = 'RUNNING';

CREATE TABLE national.person_check (
    person_id    bigint PRIMARY KEY,
    pin          text NOT NULL,
    commune_code text NOT NULL,
    -- where the result counts in the dashboard's verified share (docs/national.md)
    current_commune_code text,
    living_resident boolean NOT NULL,
    status       text NOT NULL CHECK (status IN ('MATCH', 'MISMATCH', 'UNKNOWN')),
    -- the national field names that disagree (all compared fields for an unknown ID)
    fields       text[] NOT NULL,
    run_id       bigint NOT NULL REFERENCES national.run,
    checked_at   timestamptz NOT NULL,
    resolved_at  timestamptz,
    resolved_by  text
);
CREATE INDEX person_check_open ON national.person_check (commune_code)
    WHERE status <> 'MATCH' AND resolved_at IS NULL;

CREATE TABLE national.feed (
    feed_id      integer PRIMARY KEY CHECK (feed_id = 1),
    cursor       bigint NOT NULL,
    applied      bigint NOT NULL,
    skipped      bigint NOT NULL,
    polled_at    timestamptz,
    -- the last poll that reached the end of the feed: the lag is measured from it
    caught_up_at timestamptz
);
INSERT INTO national.feed VALUES (1, 0, 0, 0, NULL, NULL);

-- changes the register could not take (unknown ID, a refused event, a birth): for officers to follow up
CREATE TABLE national.feed_skip (
    sequence  bigint PRIMARY KEY,
    kind      text NOT NULL,
    person_id bigint,
    reason    text NOT NULL,
    at        timestamptz NOT NULL DEFAULT now()
);
