package org.dancu.steering.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.dancu.locality.Localities;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.Period;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces an indicator's stored values for some periods with the aggregation of new counts, in one
 * transaction and in set-based SQL: the counts go to a staging table, and one statement maps every
 * commune code to its current commune, old commune and old district and sums each level.
 *
 * <p>A code is read as an old commune when only an old commune carried it, or when the period ended
 * before the 2025 reform (codes were reused). Counts of an old commune go to its current successor
 * when the source gives the current commune or when the old commune went whole to one successor;
 * counts of a split commune without a current code go to the province total as UNATTRIBUTED and to
 * no commune, so nothing is counted twice. Counts outside the deployment province are ignored.
 */
@Component
class FactWriter {

    private static final String AGGREGATE = """
            WITH codes AS (
                SELECT DISTINCT commune_code AS code FROM steering.source_count WHERE run_id = :run
            ), classified AS MATERIALIZED (
                -- materialised so each code is classified once; inlined, the planner (which has no
                -- statistics on the staging table) re-ran these subqueries for every staged row and level
                SELECT c.code,
                       EXISTS (SELECT 1 FROM locality.unit u
                               WHERE u.code = c.code AND u.level = 'COMMUNE' AND u.valid_until IS NULL) AS is_current,
                       (SELECT u.parent_code FROM locality.unit u
                        WHERE u.code = c.code AND u.level = 'COMMUNE' AND u.valid_until IS NOT NULL
                        ORDER BY u.valid_until DESC LIMIT 1) AS old_district,
                       (SELECT CASE WHEN count(*) = 1 AND NOT bool_or(cs.partial) THEN min(cs.new_code) END
                        FROM locality.commune_succession cs WHERE cs.old_code = c.code) AS sole_successor
                FROM codes c
                WHERE c.code IN (SELECT commune_code FROM locality.scope_commune WHERE scope_code = :province)
            ), read AS (
                SELECT s.*, k.is_current, k.sole_successor, k.old_district,
                       k.old_district IS NOT NULL AND (NOT k.is_current OR s.period_end < :reform) AS as_old
                FROM steering.source_count s JOIN classified k ON k.code = s.commune_code
                WHERE s.run_id = :run
            ), mapped AS (
                SELECT period_code, period_type, period_start, period_end, agency_code, numerator, denominator,
                       CASE WHEN as_old THEN commune_code END AS old_code,
                       CASE WHEN as_old THEN old_district END AS old_district,
                       COALESCE(current_commune_code,
                                CASE WHEN as_old THEN sole_successor WHEN is_current THEN commune_code END) AS current_code
                FROM read
            )
            INSERT INTO steering.indicator_value (indicator_code, period_code, period_type, period_start, period_end,
                   unit_level, unit_code, agency_code, numerator, denominator, value, origin, computed_at)
            SELECT :indicator, m.period_code, m.period_type, m.period_start, m.period_end, u.level, u.code, a.agency,
                   sum(m.numerator), sum(m.denominator),
                   CASE WHEN sum(m.denominator) > 0 THEN round(sum(m.numerator) * :factor / sum(m.denominator), 4) END,
                   :origin, :computed
            FROM mapped m
            CROSS JOIN LATERAL (VALUES ('PROVINCE', :province),
                    (CASE WHEN m.current_code IS NULL THEN 'UNATTRIBUTED' ELSE 'COMMUNE' END,
                     COALESCE(m.current_code, :province)),
                    ('OLD_COMMUNE', m.old_code), ('OLD_DISTRICT', m.old_district)) AS u(level, code)
            CROSS JOIN LATERAL (VALUES (''), (m.agency_code)) AS a(agency)
            WHERE u.code IS NOT NULL AND a.agency IS NOT NULL
            GROUP BY m.period_code, m.period_type, m.period_start, m.period_end, u.level, u.code, a.agency
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Localities localities;
    private final Today today;

    FactWriter(JdbcClient jdbc, JdbcTemplate template, Localities localities, Today today) {
        this.jdbc = jdbc;
        this.template = template;
        this.localities = localities;
        this.today = today;
    }

    /**
     * Replaces the stored values of the indicator for exactly these periods; periods without a
     * count end up with no value ("no data yet"). Returns the number of values stored.
     */
    @Transactional
    int replace(IndicatorDefinition indicator, List<Period> periods, List<IndicatorCount> counts,
                       Origin origin) {
        return replace(localities.deploymentProvince().code(), indicator, periods, counts, origin);
    }

    /** As {@link #replace(IndicatorDefinition, List, List, Origin)} for the given province's communes. */
    @Transactional
    int replace(String province, IndicatorDefinition indicator, List<Period> periods, List<IndicatorCount> counts,
                Origin origin) {
        if (periods.isEmpty()) {
            return 0;
        }
        for (IndicatorCount count : counts) {
            if (!periods.contains(count.period())) {
                throw new IllegalArgumentException("count for period " + count.period() + " not asked for");
            }
        }
        jdbc.sql("DELETE FROM steering.indicator_value WHERE indicator_code = :indicator AND period_code IN (:periods)")
                .param("indicator", indicator.code())
                .param("periods", periods.stream().map(Period::code).toList())
                .update();
        if (counts.isEmpty()) {
            return 0;
        }
        UUID run = UUID.randomUUID();
        stage(run, counts);
        int stored = jdbc.sql(AGGREGATE)
                .param("run", run)
                .param("province", province)
                .param("reform", Date.valueOf(Localities.REFORM_2025))
                .param("indicator", indicator.code())
                .param("factor", indicator.factor())
                .param("origin", origin.name())
                .param("computed", Timestamp.from(today.now()))
                .update();
        jdbc.sql("DELETE FROM steering.source_count WHERE run_id = :run").param("run", run).update();
        return stored;
    }

    private void stage(UUID run, List<IndicatorCount> counts) {
        template.batchUpdate("""
                INSERT INTO steering.source_count (run_id, period_code, period_type, period_start, period_end,
                       commune_code, current_commune_code, agency_code, numerator, denominator)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int i) throws SQLException {
                IndicatorCount count = counts.get(i);
                statement.setObject(1, run);
                statement.setString(2, count.period().code());
                statement.setString(3, count.period().type().name());
                statement.setDate(4, Date.valueOf(count.period().firstDay()));
                statement.setDate(5, Date.valueOf(count.period().lastDay()));
                statement.setString(6, count.communeCode());
                statement.setString(7, count.currentCommuneCode());
                statement.setString(8, count.agencyCode());
                statement.setLong(9, count.numerator());
                statement.setLong(10, count.denominator());
            }

            @Override
            public int getBatchSize() {
                return counts.size();
            }
        });
    }

    /** Where a stored value came from. */
    enum Origin { COMPUTED, DEMO }
}
