-- Imports of persons from officers' files. A job is one uploaded file, remembered by the SHA-256 of
-- its bytes; its problems are kept for the report (details up to a cap, counts always exact).
CREATE TABLE register.import_job (
    job_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_name       text NOT NULL,
    file_hash       text NOT NULL CHECK (file_hash ~ '^[0-9a-f]{64}$'),
    format          text NOT NULL CHECK (format IN ('CSV', 'XLSX')),
    sheet           text,
    encoding        text NOT NULL,
    byte_order_mark boolean NOT NULL,
    converted_from  text,
    repaired_to_nfc boolean NOT NULL,
    confidence      text NOT NULL,
    header          text[] NOT NULL,
    mapping         text,
    day_first       boolean NOT NULL DEFAULT true,
    status          text NOT NULL CHECK (status IN ('UPLOADED', 'CHECKING', 'CHECKED', 'APPLYING', 'APPLIED',
                        'FAILED')),
    skip_problem_rows boolean NOT NULL DEFAULT false,
    officer         text NOT NULL,
    scope_code      text,
    rows_total      bigint,
    rows_with_problems bigint,
    rows_unchanged  bigint,
    rows_added      bigint,
    problem_counts  text,
    failure         text,
    failure_args    text[],
    runner          text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    checked_at      timestamptz,
    applied_at      timestamptz
);

CREATE INDEX import_job_officer ON register.import_job (officer, created_at DESC);
CREATE INDEX import_job_hash ON register.import_job (file_hash);

CREATE TABLE register.import_problem (
    job_id bigint NOT NULL REFERENCES register.import_job ON DELETE CASCADE,
    line   bigint NOT NULL,
    field  text NOT NULL,
    code   text NOT NULL,
    detail text
);

CREATE INDEX import_problem_job ON register.import_problem (job_id, line);

-- an imported person's record starts with a REGISTRATION event naming the import job as its source
ALTER TABLE register.life_event
    DROP CONSTRAINT life_event_type,
    ADD CONSTRAINT life_event_type CHECK (type IN ('BIRTH', 'DEATH', 'MOVE_IN', 'MOVE_OUT', 'MOVE_WITHIN',
        'MARRIAGE', 'DIVORCE', 'CORRECTION', 'REGISTRATION'));
