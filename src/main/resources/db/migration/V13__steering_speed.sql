-- Steering dashboard speed: an index for the pages that read every indicator of one unit, and a
-- version of the stored figures that lets the application cache them safely.

-- The overview and the commune page read all indicators of one unit for a few periods, and risk of
-- delay reads the province's months of all indicators; the primary key leads with the indicator.
CREATE INDEX indicator_value_unit ON steering.indicator_value (unit_level, unit_code, period_code)
    WHERE agency_code = '';

-- One row whose version moves, in the same transaction, with every statement that changes stored
-- values or targets, whoever issues it (a recompute, the demo, another instance, a manual fix). A
-- cache keyed by this version never serves figures older than the ones committed. A row update and
-- not a sequence: a sequence would move before the commit, so a reader could pair the new version
-- with the old figures. Transactions that change figures queue on this row until they commit.
CREATE TABLE steering.fact_version (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version   bigint  NOT NULL
);
INSERT INTO steering.fact_version (singleton, version) VALUES (true, 0);

CREATE FUNCTION steering.bump_fact_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE steering.fact_version SET version = version + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER indicator_value_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON steering.indicator_value
    FOR EACH STATEMENT EXECUTE FUNCTION steering.bump_fact_version();
CREATE TRIGGER indicator_target_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON steering.indicator_target
    FOR EACH STATEMENT EXECUTE FUNCTION steering.bump_fact_version();
