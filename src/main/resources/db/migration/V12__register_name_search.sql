-- Name search matches the ASCII key from the start of any of its words: "van on" finds "lo van on",
-- which one B-tree over the key cannot serve. So each person's key is also kept once per word start
-- ("lo van on", "van on", "on") in a side table, whose B-trees answer a search with one range scan:
-- (birth year, words) with a year, (words) without one. Statement triggers with transition tables
-- keep it in step with every way persons are written (COPY loads, imports, life events) at one
-- set-based statement per write.
DROP INDEX register.person_name_key_year;

CREATE TABLE register.person_name_word (
    person_id  bigint  NOT NULL,
    birth_year integer NOT NULL,
    words      text    NOT NULL
);

-- the key from each of its word starts: 'lo van on' gives 'lo van on', 'van on', 'on'
CREATE FUNCTION register.name_words(name_key text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
    SELECT array_to_string(w[i:], ' ')
    FROM string_to_array(name_key, ' ') AS w, generate_series(1, cardinality(w)) AS i
    WHERE w[i] <> ''
$$;

CREATE FUNCTION register.add_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO register.person_name_word (person_id, birth_year, words)
    SELECT n.person_id, n.birth_year, register.name_words(n.name_key) FROM new_rows n;
    RETURN NULL;
END $$;

CREATE FUNCTION register.replace_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- both parts read the same snapshot: the old words go, the new ones come, nothing else is touched
    WITH changed AS (
        SELECT n.person_id, n.birth_year, n.name_key FROM new_rows n JOIN old_rows o USING (person_id)
        WHERE n.name_key IS DISTINCT FROM o.name_key OR n.birth_year IS DISTINCT FROM o.birth_year
    ), removed AS (
        DELETE FROM register.person_name_word w USING changed c WHERE w.person_id = c.person_id
    )
    INSERT INTO register.person_name_word (person_id, birth_year, words)
    SELECT c.person_id, c.birth_year, register.name_words(c.name_key) FROM changed c;
    RETURN NULL;
END $$;

CREATE FUNCTION register.remove_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM register.person_name_word w USING old_rows o WHERE w.person_id = o.person_id;
    RETURN NULL;
END $$;

CREATE FUNCTION register.clear_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM register.person_name_word;
    RETURN NULL;
END $$;

CREATE TRIGGER person_name_words_added AFTER INSERT ON register.person
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION register.add_name_words();
CREATE TRIGGER person_name_words_changed AFTER UPDATE ON register.person
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION register.replace_name_words();
CREATE TRIGGER person_name_words_removed AFTER DELETE ON register.person
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION register.remove_name_words();
CREATE TRIGGER person_name_words_cleared AFTER TRUNCATE ON register.person
    FOR EACH STATEMENT EXECUTE FUNCTION register.clear_name_words();

INSERT INTO register.person_name_word (person_id, birth_year, words)
SELECT p.person_id, p.birth_year, register.name_words(p.name_key) FROM register.person p;

CREATE INDEX person_name_word_year ON register.person_name_word (birth_year, words text_pattern_ops);
CREATE INDEX person_name_word_any ON register.person_name_word (words text_pattern_ops);
CREATE INDEX person_name_word_person ON register.person_name_word (person_id);
