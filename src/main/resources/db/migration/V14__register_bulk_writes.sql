-- A key's word starts found by position (a letter at the start or after a space begins a suffix)
-- instead of slicing and joining arrays: the same rows, in two thirds of the time.
CREATE OR REPLACE FUNCTION register.name_words(name_key text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
    SELECT substr(name_key, p) FROM generate_series(1, length(name_key)) AS p
    WHERE substr(name_key, p, 1) <> ' ' AND (p = 1 OR substr(name_key, p - 1, 1) = ' ')
$$;

-- Word starts from the FROM clause, where PostgreSQL inlines the SQL function into the statement;
-- called from the select list it ran the function once per person (four times slower on 1M persons).
-- Only the insert trigger, which takes whole imports, is rewritten; updates change a few persons.
CREATE OR REPLACE FUNCTION register.add_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO register.person_name_word (person_id, birth_year, words)
    SELECT n.person_id, n.birth_year, w.words FROM new_rows n, register.name_words(n.name_key) AS w(words);
    RETURN NULL;
END $$;

-- A bulk write (the first load of a register, an import that at least doubles it) builds the secondary
-- indexes, unique and foreign-key constraints of the person, life-event and name-word tables once
-- after its rows instead of maintaining them row by row, as a restore does, and the name words of
-- the new persons in one statement instead of through the insert trigger's transition table. Inside
-- the writer's transaction: begin_bulk_write saves each definition from the catalog and drops it,
-- end_bulk_write adds the missing words and creates the definitions again in reverse order, and a
-- rollback in between restores them with everything else. The tables are locked exclusively from
-- begin to commit; readers wait. A transaction that began and did not end cannot commit (a deferred
-- check refuses it), so no index is ever lost.
CREATE FUNCTION register.refuse_unended_bulk_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT FROM pg_temp.register_bulk_write) THEN
        RAISE EXCEPTION 'a bulk write into the register began but did not end';
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION register.begin_bulk_write() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    tables regclass[] := ARRAY['register.person', 'register.life_event', 'register.person_name_word']::regclass[];
    item record;
BEGIN
    LOCK TABLE register.person, register.life_event, register.person_name_word IN ACCESS EXCLUSIVE MODE;
    ALTER TABLE register.person DISABLE TRIGGER person_name_words_added;
    CREATE TEMP TABLE register_bulk_write (step serial, restore text NOT NULL) ON COMMIT DROP;
    CREATE CONSTRAINT TRIGGER register_bulk_write_ended AFTER INSERT ON pg_temp.register_bulk_write
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION register.refuse_unended_bulk_write();
    -- foreign keys go first and come back last; a unique constraint another table refers to stays
    FOR item IN
        SELECT c.conrelid::regclass AS owner, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
        FROM pg_constraint c
        WHERE c.conrelid = ANY (tables)
          AND (c.contype = 'f' OR (c.contype = 'u' AND NOT EXISTS (
              SELECT FROM pg_constraint r WHERE r.contype = 'f' AND r.conindid = c.conindid)))
        ORDER BY c.contype = 'f' DESC, c.conname
    LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', item.owner, item.name);
        INSERT INTO pg_temp.register_bulk_write (restore)
        VALUES (format('ALTER TABLE %s ADD CONSTRAINT %I %s', item.owner, item.name, item.definition));
    END LOOP;
    FOR item IN
        SELECT i.indexrelid::regclass AS name, pg_get_indexdef(i.indexrelid) AS definition
        FROM pg_index i
        WHERE i.indrelid = ANY (tables) AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conindid = i.indexrelid)
        ORDER BY i.indexrelid
    LOOP
        EXECUTE format('DROP INDEX %s', item.name);
        INSERT INTO pg_temp.register_bulk_write (restore) VALUES (item.definition);
    END LOOP;
END $$;

CREATE FUNCTION register.end_bulk_write() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp SET maintenance_work_mem = '256MB' AS $$
DECLARE
    statement text;
BEGIN
    INSERT INTO register.person_name_word (person_id, birth_year, words)
    SELECT p.person_id, p.birth_year, w.words FROM register.person p, register.name_words(p.name_key) AS w(words)
    WHERE NOT EXISTS (SELECT FROM register.person_name_word o WHERE o.person_id = p.person_id);
    ALTER TABLE register.person ENABLE TRIGGER person_name_words_added;
    FOR statement IN SELECT restore FROM pg_temp.register_bulk_write ORDER BY step DESC LOOP
        EXECUTE statement;
    END LOOP;
    DELETE FROM pg_temp.register_bulk_write;
    ANALYZE register.person, register.life_event, register.person_name_word;
END $$;

REVOKE ALL ON FUNCTION register.begin_bulk_write(), register.end_bulk_write() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION register.begin_bulk_write(), register.end_bulk_write() TO ${app_role};
