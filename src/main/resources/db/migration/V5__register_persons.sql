-- The population register: persons, households and life events. Commune codes are kept as
-- recorded (old or new); scope checks resolve both through locality.scope_commune.
CREATE SCHEMA register;
GRANT USAGE ON SCHEMA register TO ${app_role};

CREATE TABLE register.household (
    household_id         bigint PRIMARY KEY,
    head_person_id       bigint,
    commune_code         text NOT NULL,
    current_commune_code text,
    address              text
);

CREATE TABLE register.person (
    person_id            bigint PRIMARY KEY,
    pin                  text UNIQUE CHECK (pin ~ '^[0-9]{12}$'),
    old_id               text,
    family_name          text NOT NULL,
    middle_name          text,
    given_name           text NOT NULL,
    full_name            text NOT NULL,
    -- VietnameseText.asciiKey(full_name): computed by the application so search ignores diacritics,
    -- case and tone-mark placement exactly as the Java normalisation does
    name_key             text NOT NULL,
    birth_date           text NOT NULL,
    birth_year           integer NOT NULL,
    sex                  text NOT NULL CHECK (sex IN ('M', 'F', 'U')),
    ethnicity            text,
    commune_code         text NOT NULL,
    current_commune_code text,
    address              text,
    household_id         bigint REFERENCES register.household,
    relation_to_head     text,
    father_pin           text,
    mother_pin           text,
    spouse_pin           text,
    marital_status       text,
    alive                boolean NOT NULL DEFAULT true,
    death_date           date,
    resident             boolean NOT NULL DEFAULT true
);

CREATE INDEX person_name_key_year ON register.person (name_key text_pattern_ops, birth_year);
CREATE INDEX person_commune ON register.person (commune_code);
CREATE INDEX person_household ON register.person (household_id);

CREATE TABLE register.life_event (
    event_id       bigint PRIMARY KEY,
    person_id      bigint NOT NULL REFERENCES register.person,
    type           text NOT NULL,
    effective_date date NOT NULL,
    commune_from   text,
    commune_to     text,
    other_province text,
    source         text NOT NULL
);

CREATE INDEX life_event_person ON register.life_event (person_id);
