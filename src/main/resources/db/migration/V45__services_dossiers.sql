-- Public services (docs/services.md): each dossier as filed, its legs (one per agency's procedure; a
-- bundle's civil-status leg first, the others in parallel after it) with their legal clocks, and the
-- timeline of what happened to it. Created as the owner; the application role reads and writes rows.
CREATE SCHEMA services;
GRANT USAGE ON SCHEMA services TO ${app_role};

-- the running number in dossier codes (a failed filing leaves a gap)
CREATE SEQUENCE services.dossier_number;

CREATE TABLE services.dossier (
    code             text PRIMARY KEY,
    version          bigint NOT NULL,
    procedure_code   text NOT NULL,
    channel          text NOT NULL CHECK (channel IN ('ONLINE', 'COUNTER', 'INTERCONNECTION')),
    applicant_pin    char(12) NOT NULL,
    -- the person the procedure is about; null while the register does not know them (a newborn)
    subject_pin      char(12),
    commune_code     text NOT NULL,
    status           text NOT NULL CHECK (status IN ('IN_PROGRESS', 'SUSPENDED', 'COMPLETED', 'PARTLY_COMPLETED',
                         'REFUSED', 'WITHDRAWN')),
    received_at      timestamptz NOT NULL,
    -- the declared values by field key, and the components as supplied ([{key, source, reference, reAsked}])
    declaration      jsonb NOT NULL,
    components       jsonb NOT NULL,
    filed_by         text,
    -- the sender's key on the signed API: a resend finds the first dossier
    idempotency_key  text UNIQUE,
    -- the workflow engine's process instance carrying the dossier
    process_id       text,
    closed_at        timestamptz,
    rating           smallint CHECK (rating BETWEEN 1 AND 5),
    rated_at         timestamptz,
    CHECK ((rating IS NULL) = (rated_at IS NULL)),
    CHECK ((closed_at IS NULL) = (status IN ('IN_PROGRESS', 'SUSPENDED')))
);
-- the applicant's dossiers, newest first
CREATE INDEX dossier_applicant ON services.dossier (applicant_pin, received_at DESC);
CREATE INDEX dossier_received ON services.dossier (received_at DESC);

-- One leg: what one agency does for the dossier. The dossier's channel, commune and reception are
-- repeated here so an officer's queue reads one table.
CREATE TABLE services.leg (
    dossier_code     text NOT NULL REFERENCES services.dossier (code),
    leg_key          text NOT NULL,
    position         smallint NOT NULL,
    -- the leg the others wait for (a bundle's civil-status leg; the only leg of a single procedure)
    first_leg        boolean NOT NULL,
    procedure_code   text NOT NULL,
    channel          text NOT NULL,
    commune_code     text NOT NULL,
    received_at      timestamptz NOT NULL,
    status           text NOT NULL CHECK (status IN ('WAITING', 'IN_PROGRESS', 'SUSPENDED', 'COMPLETED', 'REFUSED',
                         'CANCELLED')),
    -- the handlers of its steps in order ([{kind, agencyCode}]), and the step now handling it (0-based)
    steps            jsonb NOT NULL,
    step             smallint NOT NULL DEFAULT 0,
    -- the current step's handler: the commune's officers, or an agency's officers covering the commune
    handler_kind     text NOT NULL CHECK (handler_kind IN ('COMMUNE', 'AGENCY')),
    agency_code      text,
    assignee         text,
    -- the legal clock: it runs from started_at over the limit, plus the extensions, less the suspensions
    limit_amount     integer NOT NULL CHECK (limit_amount >= 0),
    limit_unit       text NOT NULL CHECK (limit_unit IN ('WORKING_DAYS', 'HALF_DAYS', 'WORKING_HOURS')),
    extension_days   integer NOT NULL DEFAULT 0 CHECK (extension_days >= 0),
    -- [{first, last}] days the clock stood still
    suspensions      jsonb NOT NULL DEFAULT '[]',
    started_at       timestamptz,
    due              timestamptz,
    -- a suspended leg: since when, what is missing, and by when the applicant must supply it
    suspended_on     date,
    missing          jsonb,
    complete_by      timestamptz,
    -- the statutory apology was sent, with this new appointment
    late             boolean NOT NULL DEFAULT false,
    new_appointment  timestamptz,
    reason           text,
    result_code      text,
    finished_at      timestamptz,
    PRIMARY KEY (dossier_code, leg_key),
    CHECK ((handler_kind = 'AGENCY') = (agency_code IS NOT NULL)),
    -- a leg's clock starts when it leaves WAITING; one cancelled while waiting never started
    CHECK (status <> 'WAITING' OR started_at IS NULL),
    CHECK (status IN ('WAITING', 'CANCELLED') OR started_at IS NOT NULL),
    CHECK ((status = 'SUSPENDED') = (suspended_on IS NOT NULL)),
    CHECK ((finished_at IS NOT NULL) = (status IN ('COMPLETED', 'REFUSED', 'CANCELLED')))
);
-- the officers' queues: open legs by handler within a commune scope, by deadline
CREATE INDEX leg_open_queue ON services.leg (handler_kind, agency_code, commune_code, due)
    WHERE status IN ('IN_PROGRESS', 'SUSPENDED');
CREATE INDEX leg_assignee ON services.leg (assignee, due) WHERE assignee IS NOT NULL AND status IN ('IN_PROGRESS', 'SUSPENDED');
-- the deadline scan: open legs whose clock runs, by deadline
CREATE INDEX leg_due ON services.leg (due) WHERE status = 'IN_PROGRESS';

-- What happened to a dossier, in order, for its page: an event key of the module's bundle and its values
CREATE TABLE services.timeline (
    id               bigserial PRIMARY KEY,
    dossier_code     text NOT NULL REFERENCES services.dossier (code),
    leg_key          text,
    at               timestamptz NOT NULL,
    -- the staff account, or the system component, that acted; null for the applicant
    actor            text,
    kind             text NOT NULL,
    note             text
);
CREATE INDEX timeline_dossier ON services.timeline (dossier_code, id);
