-- The national-match figure counts the register as it is now (docs/national.md), not as a check saw
-- the person: whether they were a living resident and their current commune at the check are no
-- longer kept. commune_code stays: the work list places open mismatches by it.
ALTER TABLE national.person_check
    DROP COLUMN living_resident,
    DROP COLUMN current_commune_code;
