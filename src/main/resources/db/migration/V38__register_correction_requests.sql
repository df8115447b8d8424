-- Correction requests (docs/register.md, "Correction requests"): a citizen says fields of their record
-- are wrong and what is right; the commune officer accepts (the correction is then recorded as life
-- events, the register's one way of changing a record) or rejects with a reason; the citizen may
-- withdraw while it is open. Values are kept as the register stores them, keyed by column name as a
-- life event's sets are.
CREATE TABLE register.correction_request (
    request_id    bigserial PRIMARY KEY,
    person_id     bigint NOT NULL REFERENCES register.person (person_id),
    -- what the citizen says is right, and what the record said when they asked
    proposed      jsonb NOT NULL,
    recorded      jsonb NOT NULL,
    explanation   text NOT NULL,
    -- the language the citizen wrote in, which the answer is written in
    language      text NOT NULL CHECK (language IN ('vi', 'en')),
    status        text NOT NULL CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
    submitted_at  timestamptz NOT NULL,
    decided_at    timestamptz,
    decided_by    text,
    reason        text,
    CHECK ((status = 'SUBMITTED') = (decided_at IS NULL)),
    CHECK ((status = 'REJECTED') = (reason IS NOT NULL))
);
-- the officers' work list: open requests, oldest first
CREATE INDEX correction_request_open ON register.correction_request (submitted_at) WHERE status = 'SUBMITTED';
-- a citizen's own requests, and the count of their open ones
CREATE INDEX correction_request_person ON register.correction_request (person_id, submitted_at DESC);
