-- Administrative units of Viet Nam in both hierarchies, filled by the application's loader from
-- the reference data bundled in the jar (classpath:locality/). The application role only reads
-- these tables, except for the loader, which replaces their contents in one transaction when the
-- bundled data changes; the default privileges of V1 give it what that needs.
CREATE SCHEMA locality;
GRANT USAGE ON SCHEMA locality TO ${app_role};

-- The bundled data set that is loaded (one row); a new jar with other data replaces everything.
CREATE TABLE locality.dataset (
    version   text        PRIMARY KEY,
    loaded_at timestamptz NOT NULL
);

-- Codes are reused across reforms (commune 03127 was Phường Him Lam, then Phường Điện Biên Phủ),
-- so a unit is identified by its code together with its validity.
CREATE TABLE locality.unit (
    code        text NOT NULL CHECK (code ~ '^([0-9]{2}|[0-9]{3}|[0-9]{5})$'),
    valid_from  date,
    valid_until date,
    level       text NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    type        text NOT NULL,
    name        text NOT NULL,
    full_name   text NOT NULL,
    name_en     text NOT NULL,
    parent_code text,
    folded_name text NOT NULL,
    search_key  text NOT NULL,
    CONSTRAINT unit_identity UNIQUE NULLS NOT DISTINCT (code, valid_from),
    CONSTRAINT unit_validity CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from <= valid_until),
    CONSTRAINT unit_parent CHECK ((level = 'PROVINCE') = (parent_code IS NULL))
);
COMMENT ON COLUMN locality.unit.valid_from IS 'first day of validity; NULL = since before the records begin';
COMMENT ON COLUMN locality.unit.valid_until IS 'last day of validity (inclusive); NULL = still valid';
COMMENT ON COLUMN locality.unit.parent_code IS 'code of the parent unit valid over the same period';
COMMENT ON COLUMN locality.unit.folded_name IS 'VietnameseText.fold(name): canonical tone marks, lower case';
COMMENT ON COLUMN locality.unit.search_key IS 'VietnameseText.asciiKey(name): no diacritics, đ = d';
CREATE INDEX unit_parent_code ON locality.unit (parent_code);
CREATE INDEX unit_search_key ON locality.unit (search_key);

-- Old province (three-level set) → the current province it became part of.
CREATE TABLE locality.province_succession (
    old_code text PRIMARY KEY,
    new_code text NOT NULL
);

-- Old commune (valid until 2025-06-30) → current commune (valid from 2025-07-01) that took in all
-- or, when partial, part of its territory.
CREATE TABLE locality.commune_succession (
    old_code text    NOT NULL,
    new_code text    NOT NULL,
    partial  boolean NOT NULL,
    method   text    NOT NULL CHECK (method IN
        ('CURATED', 'UNCHANGED', 'TYPE_AND_NAME', 'NAME', 'ASCII_NAME', 'WHOLE_DISTRICT', 'SAME_CODE')),
    PRIMARY KEY (old_code, new_code)
);
COMMENT ON COLUMN locality.commune_succession.method IS
    'how the link was found: CURATED list, UNCHANGED commune, match on TYPE_AND_NAME, NAME or ASCII_NAME, '
    'a WHOLE_DISTRICT named as one piece, or the SAME_CODE carried over to the new commune';
CREATE INDEX commune_succession_new_code ON locality.commune_succession (new_code);

-- Contract with the security module: for each code usable as a scope root, every commune code,
-- old or new, whose records fall under it. Filters read
--   commune_code IN (SELECT commune_code FROM locality.scope_commune WHERE scope_code = :scope)
CREATE TABLE locality.scope_commune (
    scope_code   text NOT NULL,
    commune_code text NOT NULL,
    PRIMARY KEY (scope_code, commune_code)
);
