-- Sectoral datasets checked against the register: the uploaded rows, the records loaded from them
-- with each of the four criteria's status and reason, the officers' review decisions (which are also
-- the training labels), the provenance of every value the register filled in, and the saved models.
CREATE SCHEMA cleansing;
GRANT USAGE ON SCHEMA cleansing TO ${app_role};

CREATE TABLE cleansing.dataset (
    dataset_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sector        text NOT NULL CHECK (sector IN ('LAND', 'HOUSING', 'LABOUR', 'CONSTRUCTION', 'TAX', 'BANKING',
                      'EDUCATION')),
    agency_code   text NOT NULL,
    title         text NOT NULL,
    period        text NOT NULL CHECK (period ~ '^[0-9]{4}$'),
    file_name     text NOT NULL,
    header        text[] NOT NULL,
    mapping       text,
    status        text NOT NULL CHECK (status IN ('UPLOADED', 'CHECKED', 'LOADED')),
    rows_total    integer NOT NULL,
    rows_with_problems integer,
    created_by    text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    loaded_at     timestamptz,
    evaluated_at  timestamptz,
    -- linking and the criteria run in the background after the load (and again on request)
    evaluation    text NOT NULL DEFAULT 'NONE' CHECK (evaluation IN ('NONE', 'RUNNING', 'DONE', 'FAILED'))
);

-- rows as uploaded, kept until the load turns them into records
CREATE TABLE cleansing.staged_row (
    dataset_id bigint NOT NULL REFERENCES cleansing.dataset ON DELETE CASCADE,
    line       integer NOT NULL,
    cells      text[] NOT NULL,
    PRIMARY KEY (dataset_id, line)
);

CREATE TABLE cleansing.dataset_problem (
    dataset_id bigint NOT NULL REFERENCES cleansing.dataset ON DELETE CASCADE,
    line       integer NOT NULL,
    field      text NOT NULL,
    code       text NOT NULL
);
CREATE INDEX dataset_problem_dataset ON cleansing.dataset_problem (dataset_id, line);

-- One record per loaded row. The person fields hold the current (possibly enriched) values; the
-- sector's own fields are in extra. scope_commune is the commune that decides who sees the record:
-- its own commune (current code) or, when it has none, the linked person's.
CREATE TABLE cleansing.record (
    record_id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dataset_id      bigint NOT NULL REFERENCES cleansing.dataset ON DELETE CASCADE,
    line            integer NOT NULL,
    full_name       text NOT NULL DEFAULT '',
    pin             text NOT NULL DEFAULT '',
    old_id          text NOT NULL DEFAULT '',
    birth_date      text NOT NULL DEFAULT '',
    sex             text NOT NULL DEFAULT '',
    commune_code    text NOT NULL DEFAULT '',
    address         text NOT NULL DEFAULT '',
    extra           jsonb NOT NULL DEFAULT '{}',
    scope_commune   text,
    candidate_id    bigint,
    probability     double precision,
    decision        text CHECK (decision IN ('MATCH', 'REVIEW', 'NONMATCH')),
    explanation     text,
    person_id       bigint,
    link_source     text CHECK (link_source IN ('AUTOMATIC', 'REVIEW')),
    review_status   text NOT NULL DEFAULT 'NONE' CHECK (review_status IN ('NONE', 'OPEN', 'ACCEPTED', 'REJECTED',
                        'PICKED')),
    cluster_id      bigint,
    correct_status  text, correct_reason  text, correct_detail  text,
    complete_status text, complete_reason text, complete_detail text,
    clean_status    text, clean_reason    text, clean_detail    text,
    live_status     text, live_reason     text, live_detail     text,
    evaluated_at    timestamptz,
    reopened_at     timestamptz,
    reopened_by     text
);
CREATE INDEX record_dataset ON cleansing.record (dataset_id, record_id);
CREATE INDEX record_person ON cleansing.record (person_id);
CREATE INDEX record_candidate ON cleansing.record (candidate_id);
CREATE INDEX record_review ON cleansing.record (review_status) WHERE review_status = 'OPEN';

-- every review decision; the pair (record, candidate) with its probability and outcome is a training label
CREATE TABLE cleansing.review_decision (
    decision_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_id     bigint NOT NULL REFERENCES cleansing.record ON DELETE CASCADE,
    action        text NOT NULL CHECK (action IN ('ACCEPT', 'REJECT', 'PICK')),
    candidate_id  bigint,
    chosen_id     bigint,
    probability   double precision,
    officer       text NOT NULL,
    decided_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX review_decision_record ON cleansing.review_decision (record_id);

CREATE TABLE cleansing.enrichment (
    record_id      bigint NOT NULL REFERENCES cleansing.record ON DELETE CASCADE,
    field          text NOT NULL,
    original_value text NOT NULL,
    new_value      text NOT NULL,
    person_id      bigint NOT NULL,
    decision       text NOT NULL,
    enriched_by    text NOT NULL,
    enriched_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enrichment_record ON cleansing.enrichment (record_id);

-- models trained by EM, reused by later runs until the register changes much (docs/cleansing.md)
CREATE TABLE cleansing.model (
    model_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    model_json   text NOT NULL,
    trained_on   bigint REFERENCES cleansing.dataset ON DELETE SET NULL,
    register_size integer NOT NULL,
    trained_at   timestamptz NOT NULL DEFAULT now()
);
