package org.dancu.steering.figures;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.dancu.locality.Localities;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.Period;
import org.dancu.steering.internal.Today;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces an indicator's stored values for some periods with the aggregation of new counts, in one
 * transaction and in set-based SQL: the counts go to a staging table, each distinct commune code is
 * read once through the locality module ({@link CommuneCode}), each distinct code and period is given
 * its current commune by the locality module's rule ({@link Localities#currentCommune}), and one
 * statement sums the province, the current communes, the old districts and the old communes.
 *
 * <p>A count always belongs to the old commune that carried its code, if any, and that commune's
 * district: a code a current commune reuses still names the old commune in the pre-2025 view, so
 * the old communes of a current commune add up to it. Its current commune is the one the source
 * gives; otherwise the one the code stands for on the period's last day. Counts of a split commune
 * without a current code go to the province total as UNATTRIBUTED and to no current commune, so
 * nothing is counted twice. Counts outside the deployment province are ignored.
 */
@Component
class FactWriter {

    private static final String AGGREGATE = """
            WITH classified AS MATERIALIZED (
                SELECT k.* FROM unnest(CAST(:codes AS text[]), CAST(:old_communes AS text[]),
                                       CAST(:old_districts AS text[]))
                    AS k(code, old_commune, old_district)
                WHERE k.code IN (SELECT commune_code FROM locality.scope_commune WHERE scope_code = :province)
            ), mapped AS (
                SELECT s.period_code, s.period_type, s.period_start, s.period_end, s.agency_code, s.numerator,
                       s.denominator, k.old_commune AS old_code, k.old_district,
                       s.current_commune_code AS current_code
                FROM steering.source_count s JOIN classified k ON k.code = s.commune_code
                WHERE s.run_id = :run
            )
            INSERT INTO %s (indicator_code, period_code, period_type, period_start, period_end,
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

    /**
     * The province and the given old districts, summed from the stored rows of the current communes
     * and the unattributed line, and of the old communes ({@code members}, each in {@code districts}).
     */
    private static final String SUM_UP = """
            INSERT INTO steering.indicator_value (indicator_code, period_code, period_type, period_start, period_end,
                   unit_level, unit_code, agency_code, numerator, denominator, value, origin, computed_at)
            SELECT v.indicator_code, v.period_code, v.period_type, v.period_start, v.period_end, u.level, u.code,
                   v.agency_code, sum(v.numerator), sum(v.denominator),
                   CASE WHEN sum(v.denominator) > 0 THEN round(sum(v.numerator) * :factor / sum(v.denominator), 4) END,
                   'COMPUTED', :computed
            FROM steering.indicator_value v
            LEFT JOIN unnest(CAST(:members AS text[]), CAST(:districts AS text[])) AS d(member, district)
                   ON v.unit_level = 'OLD_COMMUNE' AND d.member = v.unit_code
            CROSS JOIN LATERAL (VALUES (CASE WHEN v.unit_level IN ('COMMUNE', 'UNATTRIBUTED') THEN 'PROVINCE'
                                             WHEN d.district IS NOT NULL THEN 'OLD_DISTRICT' END,
                                        CASE WHEN v.unit_level IN ('COMMUNE', 'UNATTRIBUTED') THEN :province
                                             ELSE d.district END)) AS u(level, code)
            WHERE v.indicator_code = :indicator AND v.period_code IN (:periods) AND u.level IS NOT NULL
            GROUP BY v.indicator_code, v.period_code, v.period_type, v.period_start, v.period_end, u.level, u.code,
                     v.agency_code
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
        // Every change of the figures holds the version row until it commits (V13's trigger); queue on
        // it before touching a figure, so that a recount started while another writes (the scheduler's
        // and a leader's, or the demo's seeding) waits for it, then deletes what it stored: no
        // duplicate key, and no deadlock between two deletions locking the same rows in another order.
        jdbc.sql("SELECT version FROM steering.fact_version FOR UPDATE").query(Long.class).single();
        jdbc.sql("DELETE FROM steering.indicator_value WHERE indicator_code = :indicator AND period_code IN (:periods)")
                .param("indicator", indicator.code())
                .param("periods", periods.stream().map(Period::code).toList())
                .update();
        if (counts.isEmpty()) {
            return 0;
        }
        UUID run = UUID.randomUUID();
        stage(run, counts);
        int stored = aggregate("steering.indicator_value", run, province, indicator, counts, origin);
        jdbc.sql("DELETE FROM steering.source_count WHERE run_id = :run").param("run", run).update();
        return stored;
    }

    /**
     * Replaces only the figures the counts of some current communes decide, after a change that
     * touched only them: those communes, the old communes that formed them, and the province and old
     * districts, summed again from the stored rows (province = current communes + unattributed; old
     * district = its old communes). The counts must be every count of a record carrying one of
     * {@code codes} (the communes and their old communes), as recorded or as its current commune. When
     * they reach beyond those communes (a split old commune, a record whose current commune is
     * elsewhere, a period before the reform that reads a code otherwise), or the periods hold demo
     * figures, it changes nothing and answers empty: the caller then replaces the whole indicator.
     */
    @Transactional
    OptionalInt replaceCommunes(IndicatorDefinition indicator, List<Period> periods, List<IndicatorCount> counts,
                                Set<String> communes, Set<String> codes) {
        if (periods.isEmpty()) {
            return OptionalInt.of(0);
        }
        jdbc.sql("SELECT version FROM steering.fact_version FOR UPDATE").query(Long.class).single();
        List<String> periodCodes = periods.stream().map(Period::code).toList();
        if (jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM steering.indicator_value WHERE indicator_code = :indicator
                                       AND period_code IN (:periods) AND origin <> 'COMPUTED')""")
                .param("indicator", indicator.code()).param("periods", periodCodes).query(Boolean.class).single()) {
            return OptionalInt.empty();
        }
        String province = localities.deploymentProvince().code();
        String[] oldCommunes = codes.stream().map(code -> CommuneCode.of(code, localities).oldCommune())
                .filter(Objects::nonNull).distinct().toArray(String[]::new);
        UUID run = UUID.randomUUID();
        stage(run, counts);
        aggregate("steering.recount_value", run, province, indicator, counts, Origin.COMPUTED);
        jdbc.sql("DELETE FROM steering.source_count WHERE run_id = :run").param("run", run).update();
        try {
            boolean beyond = jdbc.sql("""
                            SELECT EXISTS (SELECT 1 FROM steering.recount_value WHERE indicator_code = :indicator
                                AND (unit_level = 'UNATTRIBUTED'
                                     OR (unit_level = 'COMMUNE' AND unit_code <> ALL (CAST(:communes AS text[])))
                                     OR (unit_level = 'OLD_COMMUNE' AND unit_code <> ALL (CAST(:old AS text[])))))""")
                    .param("indicator", indicator.code()).param("communes", communes.toArray(String[]::new))
                    .param("old", oldCommunes).query(Boolean.class).single();
            return beyond ? OptionalInt.empty()
                    : OptionalInt.of(replaceFrom(indicator, periodCodes, province, communes, oldCommunes));
        } finally {
            jdbc.sql("DELETE FROM steering.recount_value WHERE indicator_code = :indicator")
                    .param("indicator", indicator.code()).update();
        }
    }

    /** The communes recounted replace their stored rows; the province and their old districts are summed again. */
    private int replaceFrom(IndicatorDefinition indicator, List<String> periods, String province, Set<String> communes,
                            String[] oldCommunes) {
        Map<String, String> districtOf = new HashMap<>();
        for (String oldCommune : oldCommunes) {
            String district = CommuneCode.of(oldCommune, localities).oldDistrict();
            if (district != null && !districtOf.containsValue(district)) {
                localities.children(district, Localities.REFORM_2025.minusDays(1))
                        .forEach(unit -> districtOf.put(unit.code(), district));
            }
        }
        jdbc.sql("""
                        DELETE FROM steering.indicator_value WHERE indicator_code = :indicator AND period_code IN (:periods)
                          AND (unit_level = 'PROVINCE'
                               OR (unit_level = 'COMMUNE' AND unit_code = ANY (CAST(:communes AS text[])))
                               OR (unit_level = 'OLD_COMMUNE' AND unit_code = ANY (CAST(:old AS text[])))
                               OR (unit_level = 'OLD_DISTRICT' AND unit_code = ANY (CAST(:districts AS text[]))))""")
                .param("indicator", indicator.code()).param("periods", periods)
                .param("communes", communes.toArray(String[]::new)).param("old", oldCommunes)
                .param("districts", districtOf.values().stream().distinct().toArray(String[]::new)).update();
        int stored = jdbc.sql("""
                        INSERT INTO steering.indicator_value SELECT * FROM steering.recount_value
                        WHERE indicator_code = :indicator AND unit_level IN ('COMMUNE', 'OLD_COMMUNE')""")
                .param("indicator", indicator.code()).update();
        return stored + jdbc.sql(SUM_UP)
                .param("indicator", indicator.code()).param("periods", periods).param("province", province)
                .param("members", districtOf.keySet().toArray(String[]::new))
                .param("districts", districtOf.keySet().stream().map(districtOf::get).toArray(String[]::new))
                .param("factor", indicator.factor()).param("computed", Timestamp.from(today.now()))
                .update();
    }

    private int aggregate(String table, UUID run, String province, IndicatorDefinition indicator,
                          List<IndicatorCount> counts, Origin origin) {
        List<CommuneCode> codes = counts.stream().map(IndicatorCount::communeCode).distinct()
                .map(code -> CommuneCode.of(code, localities)).toList();
        return jdbc.sql(AGGREGATE.formatted(table))
                .param("run", run)
                .param("codes", codes.stream().map(CommuneCode::code).toArray(String[]::new))
                .param("old_communes", codes.stream().map(CommuneCode::oldCommune).toArray(String[]::new))
                .param("old_districts", codes.stream().map(CommuneCode::oldDistrict).toArray(String[]::new))
                .param("province", province)
                .param("indicator", indicator.code())
                .param("factor", indicator.factor())
                .param("origin", origin.name())
                .param("computed", Timestamp.from(today.now()))
                .update();
    }

    /**
     * Stages the counts with the current commune each belongs to: the one its source gives, else the
     * one the locality rule gives its code on the period's last day (none for a split commune).
     */
    private void stage(UUID run, List<IndicatorCount> counts) {
        Map<CodeInPeriod, String> current = new HashMap<>();
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
                statement.setString(7, count.currentCommuneCode() != null ? count.currentCommuneCode()
                        : current.computeIfAbsent(new CodeInPeriod(count.communeCode(), count.period()),
                                key -> localities.currentCommune(key.code(), key.period().lastDay())
                                        .currentCode().orElse(null)));
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

    private record CodeInPeriod(String code, Period period) {
    }

    /** Where a stored value came from. */
    enum Origin { COMPUTED, DEMO }
}
