-- The fields a province holds from the national population database, the life events that change
-- them, and the outbox through which the register publishes its domain events.
--
-- Residences: commune_code/address (V5) are the PERMANENT residence (and current_commune_code its
-- commune in the post-2025 hierarchy); the temporary and the current place of residence follow.
-- Phone and e-mail are AEAD ciphertexts (Tink, associated data = person_id), never plaintext.
ALTER TABLE register.person
    ADD COLUMN other_names              text,
    ADD COLUMN religion                 text,
    ADD COLUMN nationality              text NOT NULL DEFAULT 'VN',
    ADD COLUMN birth_registration_place text,
    ADD COLUMN home_town                text,
    ADD COLUMN temporary_commune_code   text,
    ADD COLUMN temporary_address        text,
    ADD COLUMN residence_commune_code   text,
    ADD COLUMN residence_address        text,
    ADD COLUMN father_name              text,
    ADD COLUMN mother_name              text,
    ADD COLUMN spouse_name              text,
    ADD COLUMN phone_cipher             bytea,
    ADD COLUMN email_cipher             bytea;

CREATE SEQUENCE register.person_id_seq OWNED BY register.person.person_id;
ALTER TABLE register.person ALTER COLUMN person_id SET DEFAULT nextval('register.person_id_seq');
CREATE SEQUENCE register.household_id_seq OWNED BY register.household.household_id;
ALTER TABLE register.household ALTER COLUMN household_id SET DEFAULT nextval('register.household_id_seq');

-- Each event stores the fields it sets (new values) and the values they replaced, both as JSON
-- objects keyed by field name; the person row is the state after the last event (docs/register.md).
-- Events of the same effective date apply in event_id order, which is recording order.
CREATE SEQUENCE register.life_event_id_seq OWNED BY register.life_event.event_id;
ALTER TABLE register.life_event
    ALTER COLUMN event_id SET DEFAULT nextval('register.life_event_id_seq'),
    ADD COLUMN field       text,
    ADD COLUMN sets        jsonb NOT NULL DEFAULT '{}',
    ADD COLUMN replaced    jsonb NOT NULL DEFAULT '{}',
    ADD COLUMN recorded_by text,
    ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT now(),
    ADD CONSTRAINT life_event_type CHECK (type IN ('BIRTH', 'DEATH', 'MOVE_IN', 'MOVE_OUT', 'MOVE_WITHIN',
        'MARRIAGE', 'DIVORCE', 'CORRECTION'));

-- a bulk load moves the sequences past the ids it copied
GRANT UPDATE ON SEQUENCE register.person_id_seq, register.household_id_seq, register.life_event_id_seq
    TO ${app_role};

DROP INDEX register.life_event_person;
CREATE INDEX life_event_person ON register.life_event (person_id, effective_date, event_id);

-- Spring Modulith's JDBC event publication registry (its PostgreSQL schema, version 2 structure of
-- Modulith 2.1); written here so that Flyway, not Modulith, owns the schema.
CREATE TABLE event_publication (
    id                     uuid NOT NULL PRIMARY KEY,
    listener_id            text NOT NULL,
    event_type             text NOT NULL,
    serialized_event       text NOT NULL,
    publication_date       timestamptz NOT NULL,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
