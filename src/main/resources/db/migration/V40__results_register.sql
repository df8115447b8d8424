-- The results register (docs/results.md): each result of a procedure, or digitised from paper, as a
-- record the province holds once. The canonical record is the exact bytes hashed and signed; the other
-- columns are what pages and queries read. Created as the owner; the application role reads and
-- writes rows.
CREATE SCHEMA results;
GRANT USAGE ON SCHEMA results TO ${app_role};

-- the running number in result codes, unique across the register (a failed issue leaves a gap)
CREATE SEQUENCE results.code_number;

CREATE TABLE results.result (
    code              text PRIMARY KEY,
    -- the unguessable id of the online QR link: 128 random bits, base64url
    public_id         text NOT NULL UNIQUE,
    type              text NOT NULL CHECK (type IN ('BIRTH_EXTRACT', 'DEATH_EXTRACT', 'RESIDENCE_CONFIRMATION',
                          'LAND_USE_CERTIFICATE', 'LAND_RIGHT_CHANGE', 'HOUSING_RIGHT_CHANGE', 'PAYMENT_RECEIPT')),
    agency_code       text NOT NULL,
    officer           text NOT NULL,
    legal_basis       text NOT NULL,
    dossier_code      text,
    -- the fields in print order: [{"name": …, "value": …}, …]
    fields            jsonb NOT NULL,
    parcel_commune    text,
    parcel_map_sheet  text,
    parcel_number     text,
    -- the commune the result concerns (the parcel's, else the first holder's residence): the scope's column
    commune_code      text,
    provenance        text NOT NULL CHECK (provenance IN ('ISSUED', 'DIGITISED_FROM_PAPER')),
    status            text NOT NULL CHECK (status IN ('VALID', 'SUPERSEDED', 'REVOKED')),
    successor         text REFERENCES results.result (code),
    revocation_reason text,
    issued_at         timestamptz NOT NULL,
    status_changed_at timestamptz,
    status_changed_by text,
    canonical         bytea NOT NULL,
    hash              bytea NOT NULL CHECK (octet_length(hash) = 32),
    key_id            text NOT NULL,
    signature         bytea NOT NULL,
    status_index      integer NOT NULL,
    CHECK ((status = 'VALID') = (status_changed_at IS NULL)),
    CHECK ((status = 'SUPERSEDED') = (successor IS NOT NULL)),
    CHECK ((status = 'REVOKED') = (revocation_reason IS NOT NULL)),
    CHECK ((parcel_commune IS NULL) = (parcel_number IS NULL))
);
-- the officers' list, newest first, within a scope
CREATE INDEX result_scope ON results.result (commune_code, issued_at DESC);
CREATE INDEX result_issued ON results.result (issued_at DESC);

CREATE TABLE results.result_holder (
    code     text NOT NULL REFERENCES results.result (code),
    position smallint NOT NULL,
    pin      char(12) NOT NULL,
    PRIMARY KEY (code, position)
);
-- a person's results (the citizen's documents, the officers' filter by holder)
CREATE INDEX result_holder_pin ON results.result_holder (pin);
