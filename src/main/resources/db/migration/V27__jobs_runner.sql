-- The one runner of long work (docs/jobs.md). jobs.job is each job as officers follow it;
-- jobs.scheduled_tasks is db-scheduler's table of executions (one per queued or running job), the
-- library's PostgreSQL layout in this schema. The library reads and writes it but never creates it.
CREATE SCHEMA jobs;
GRANT USAGE ON SCHEMA jobs TO ${app_role};

CREATE TABLE jobs.job (
    id                bigserial PRIMARY KEY,
    version           bigint NOT NULL,
    kind              text NOT NULL,
    -- what the job works on (a dataset id, a run id): never personal data
    reference         text NOT NULL,
    started_by        text NOT NULL,
    -- who besides the starter and administrators sees the job: these roles, within locality_code,
    -- and only the officers of agency_code when it is set
    visible_roles     text[] NOT NULL,
    locality_code     text,
    agency_code       text,
    state             text NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    cancel_requested  boolean NOT NULL DEFAULT false,
    cancelled_by      text,
    done              bigint NOT NULL DEFAULT 0 CHECK (done >= 0),
    total             bigint CHECK (total >= 0),
    progress_key      text,
    failure_key       text,
    failure_reference text,
    attempts          integer NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL,
    started_at        timestamptz,
    finished_at       timestamptz,
    CHECK ((state IN ('SUCCEEDED', 'FAILED', 'CANCELLED')) = (finished_at IS NOT NULL)),
    CHECK ((state = 'FAILED') = (failure_key IS NOT NULL))
);
-- the same work is never queued twice, whichever server is asked
CREATE UNIQUE INDEX job_one_active ON jobs.job (kind, reference) WHERE state IN ('QUEUED', 'RUNNING');
CREATE INDEX job_by_starter ON jobs.job (started_by, id DESC);

CREATE TABLE jobs.scheduled_tasks (
    task_name            text NOT NULL,
    task_instance        text NOT NULL,
    task_data            bytea,
    execution_time       timestamptz NOT NULL,
    picked               boolean NOT NULL,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures integer,
    last_heartbeat       timestamptz,
    version              bigint NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON jobs.scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON jobs.scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON jobs.scheduled_tasks (priority DESC, execution_time ASC);
