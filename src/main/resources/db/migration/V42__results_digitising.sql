-- Digitising paper archives (docs/results.md, "Digitising paper archives"): scans uploaded in batches per
-- commune and register book, each page read by OCR on the job runner, the records worked by clerks,
-- digitisers and spot-checkers, then issued as results marked "digitised from paper". The scans are kept
-- in the database, so every instance reaches them (docs/operations.md, "Several instances").
CREATE SCHEMA IF NOT EXISTS results;
GRANT USAGE ON SCHEMA results TO ${app_role};

-- the digitising roles, each scoped to one commune (docs/security.md, "Roles")
ALTER TABLE security.staff_account DROP CONSTRAINT staff_account_role_check;
ALTER TABLE security.staff_account ADD CONSTRAINT staff_account_role_check CHECK (role IN
    ('ADMINISTRATOR', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'AGENCY_OFFICER', 'AUDITOR',
     'CLERK', 'DIGITISER', 'SPOT_CHECKER'));

CREATE TABLE results.digitising_batch (
    batch_id       bigserial PRIMARY KEY,
    commune_code   text NOT NULL CHECK (commune_code ~ '^[0-9]{5}$'),
    register_book  text NOT NULL CHECK (btrim(register_book) <> '' AND length(register_book) <= 200),
    record_type    text NOT NULL CHECK (record_type IN ('LAND_USE_CERTIFICATE', 'BIRTH_EXTRACT')),
    uploaded_by    text NOT NULL,
    uploaded_at    timestamptz NOT NULL,
    pages          integer NOT NULL CHECK (pages > 0),
    -- the reading job on the runner (jobs.job)
    job_id         bigint
);
CREATE INDEX digitising_batch_commune ON results.digitising_batch (commune_code, uploaded_at DESC);

-- the files as uploaded, kept until every page is read
CREATE TABLE results.digitising_file (
    file_id     bigserial PRIMARY KEY,
    batch_id    bigint NOT NULL REFERENCES results.digitising_batch (batch_id),
    position    integer NOT NULL,
    file_name   text NOT NULL,
    format      text NOT NULL CHECK (format IN ('PDF', 'TIFF', 'JPEG', 'PNG')),
    pages       integer NOT NULL CHECK (pages > 0),
    content     bytea NOT NULL,
    UNIQUE (batch_id, position)
);

-- each page of a batch, read or still to read; a page OCR refused says why (blank, garbage, another form)
CREATE TABLE results.digitising_page (
    page_id      bigserial PRIMARY KEY,
    batch_id     bigint NOT NULL REFERENCES results.digitising_batch (batch_id),
    number       integer NOT NULL CHECK (number > 0),
    file_id      bigint NOT NULL REFERENCES results.digitising_file (file_id),
    page_in_file integer NOT NULL CHECK (page_in_file >= 0),
    read_at      timestamptz,
    problem      text,
    -- the page as a PNG, shown beside the fields on the entry and check forms
    image        bytea,
    UNIQUE (batch_id, number)
);
CREATE INDEX digitising_page_unread ON results.digitising_page (batch_id, number) WHERE read_at IS NULL;

-- the work item of one read page: the record on it and where it stands in the queue
CREATE TABLE results.digitising_record (
    record_id     bigserial PRIMARY KEY,
    page_id       bigint NOT NULL UNIQUE REFERENCES results.digitising_page (page_id),
    batch_id      bigint NOT NULL REFERENCES results.digitising_batch (batch_id),
    commune_code  text NOT NULL,
    record_type   text NOT NULL,
    state         text NOT NULL CHECK (state IN ('TO_ENTER', 'DISAGREED', 'TO_CHECK', 'APPROVED', 'ISSUED')),
    -- why the record went to double entry: fields OCR is unsure of, people to review, IDs not in the register
    reasons       text[] NOT NULL,
    first_by      text,
    second_by     text,
    resolved_by   text,
    checked_by    text,
    corrected     boolean NOT NULL DEFAULT false,
    sampled       boolean NOT NULL DEFAULT false,
    result_code   text,
    updated_at    timestamptz NOT NULL,
    version       integer NOT NULL DEFAULT 0,
    CHECK ((state = 'ISSUED') = (result_code IS NOT NULL))
);
CREATE INDEX digitising_record_queue ON results.digitising_record (commune_code, state, record_id);

-- each field of a record: as read (with OCR's confidence), as each digitiser entered it, and as settled
CREATE TABLE results.digitising_field (
    record_id    bigint NOT NULL REFERENCES results.digitising_record (record_id),
    position     integer NOT NULL,
    name         text NOT NULL,
    read_value   text NOT NULL,
    confidence   double precision NOT NULL,
    first_value  text,
    second_value text,
    final_value  text,
    PRIMARY KEY (record_id, position)
);
