-- A name search without a birth year reads the (birth_year, words) index one birth year at a time
-- (JdbcPersonSearch), so the index over the words alone, which a bulk write rebuilt for 3.5 s per
-- million persons and every import maintained, goes.
DROP INDEX register.person_name_word_any;

-- Without JIT compilation (the embedded server has none; a server with it compiles only costly
-- statements) slicing the word array is the cheaper way to the word starts: 4.5 s instead of 5.9 s
-- for the 3 million of 1,000,000 keys. Both give every suffix of the key that begins a word, as it is.
CREATE OR REPLACE FUNCTION register.name_words(name_key text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
    SELECT array_to_string(w[i:], ' ')
    FROM string_to_array(name_key, ' ') AS w, generate_series(1, cardinality(w)) AS i
    WHERE w[i] <> ''
$$;

-- Twelve ASCII digits, checked on every inserted person without the regular expression engine
-- (the regex cost 1.5 s of inserting 1,000,000 persons).
ALTER TABLE register.person DROP CONSTRAINT person_pin_check,
    ADD CONSTRAINT person_pin_check CHECK (octet_length(pin) = 12 AND ltrim(pin, '0123456789') = '');

-- A bulk write drops the name-word insert trigger with the other definitions instead of only disabling
-- it: PostgreSQL still collects the transition table of a disabled trigger, a copy of every inserted
-- person spilled to disk. V14's begin (lock, disable the trigger, save and drop the definitions) stays
-- as the first step of the new one, callable by nobody else. The words of the persons a bulk write adds
-- are no longer its end's INSERT … SELECT (an anti-join whose plan depended on statistics the write
-- itself makes stale): the writer COPYs them in before the end (NameWordCopy), three times faster.
ALTER FUNCTION register.begin_bulk_write() RENAME TO drop_bulk_write_definitions;
REVOKE ALL ON FUNCTION register.drop_bulk_write_definitions() FROM PUBLIC, ${app_role};

CREATE FUNCTION register.begin_bulk_write() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM register.drop_bulk_write_definitions();
    INSERT INTO pg_temp.register_bulk_write (restore)
    SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t
    WHERE t.tgrelid = 'register.person'::regclass AND t.tgname = 'person_name_words_added';
    DROP TRIGGER person_name_words_added ON register.person;
END $$;

CREATE OR REPLACE FUNCTION register.end_bulk_write() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp SET maintenance_work_mem = '256MB' AS $$
DECLARE
    statement text;
BEGIN
    FOR statement IN SELECT restore FROM pg_temp.register_bulk_write ORDER BY step DESC LOOP
        EXECUTE statement;
    END LOOP;
    DELETE FROM pg_temp.register_bulk_write;
    ANALYZE register.person, register.life_event, register.person_name_word;
END $$;

REVOKE ALL ON FUNCTION register.begin_bulk_write() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION register.begin_bulk_write() TO ${app_role};
