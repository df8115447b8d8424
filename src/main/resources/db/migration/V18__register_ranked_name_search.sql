-- A name search lists the closest names first: those where the typed words start earlier in the name
-- ("nguyen van" finds "Nguyễn Văn An" before "Đỗ Nguyễn Văn Anh"). Each kept word start now carries
-- its place in the name (0 for the whole key, 1 from the second word …), and one B-tree in rank order,
-- (word_position, words in byte order, birth year, id), lets a search read the first matches of each place and stop,
-- instead of collecting every match of a common syllable ("thi": a third of the register) to sort it.
-- Byte order ("C") puts a whole word before a longer one ("thi an" < "thinh"), which the rank wants too.
ALTER TABLE register.person_name_word ADD COLUMN word_position smallint;

-- the key from each of its word starts with the number of words before it:
-- 'lo van on' gives ('lo van on', 0), ('van on', 1), ('on', 2); empty words between spaces are not counted
DROP FUNCTION register.name_words(text);
CREATE FUNCTION register.name_words(name_key text) RETURNS TABLE (words text, word_position smallint)
    LANGUAGE sql IMMUTABLE AS $$
    SELECT array_to_string(w[i:], ' '), cardinality(array_remove(w[:i - 1], ''))::smallint
    FROM string_to_array(name_key, ' ') AS w, generate_series(1, cardinality(w)) AS i
    WHERE w[i] <> ''
$$;

CREATE OR REPLACE FUNCTION register.add_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO register.person_name_word (person_id, birth_year, words, word_position)
    SELECT n.person_id, n.birth_year, w.words, w.word_position FROM new_rows n, register.name_words(n.name_key) AS w;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION register.replace_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- both parts read the same snapshot: the old words go, the new ones come, nothing else is touched
    WITH changed AS (
        SELECT n.person_id, n.birth_year, n.name_key FROM new_rows n JOIN old_rows o USING (person_id)
        WHERE n.name_key IS DISTINCT FROM o.name_key OR n.birth_year IS DISTINCT FROM o.birth_year
    ), removed AS (
        DELETE FROM register.person_name_word w USING changed c WHERE w.person_id = c.person_id
    )
    INSERT INTO register.person_name_word (person_id, birth_year, words, word_position)
    SELECT c.person_id, c.birth_year, w.words, w.word_position FROM changed c, register.name_words(c.name_key) AS w;
    RETURN NULL;
END $$;

TRUNCATE register.person_name_word;
INSERT INTO register.person_name_word (person_id, birth_year, words, word_position)
SELECT p.person_id, p.birth_year, w.words, w.word_position FROM register.person p, register.name_words(p.name_key) AS w;
ALTER TABLE register.person_name_word ALTER COLUMN word_position SET NOT NULL;

-- birth year and id end the rank, so the index gives a place's matches in their final order
CREATE INDEX person_name_word_rank ON register.person_name_word (word_position, (words COLLATE "C"), birth_year,
    person_id);
