-- Name search matches the ASCII key from the start of any of its words, which a B-tree cannot
-- serve. One GIN index over trigrams of ' ' || name_key (the leading space makes the start of the
-- name a word start like the others) together with the birth year (btree_gin), so a name + year
-- search reads only the postings of that year and those trigrams. It replaces the prefix index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

DROP INDEX register.person_name_key_year;
CREATE INDEX person_name_words ON register.person USING gin (birth_year, (' ' || name_key) gin_trgm_ops);
