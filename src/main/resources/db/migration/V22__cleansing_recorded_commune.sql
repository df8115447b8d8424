-- The commune code that places a record, as recorded (old or new): the record's own commune code or,
-- when it has none, the linked person's as the register records it. scope_commune is that code's
-- current commune; the steering figures need the code itself, so that a record counts in the old
-- commune that carried the code (pre-2025 view) as well as in its current commune (docs/cleansing.md).
ALTER TABLE cleansing.record ADD COLUMN recorded_commune text;

UPDATE cleansing.record SET recorded_commune = commune_code WHERE commune_code <> '';
-- records placed by their link: the person's commune as recorded, as the next evaluation would store it
UPDATE cleansing.record r SET recorded_commune = p.commune_code
FROM register.person p
WHERE r.commune_code = '' AND r.person_id = p.person_id;
