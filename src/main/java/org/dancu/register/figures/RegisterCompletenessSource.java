package org.dancu.register.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dancu.register.PersonLists;
import org.dancu.register.RegisterIndicators;
import org.dancu.security.SqlCondition;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
import org.dancu.steering.RecordLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts how correct and complete the register is (valid IDs, required fields, names written as the
 * register writes them), per commune, for the steering dashboard: totals
 * only, over every living resident, without scope (no person leaves the module). The register keeps
 * present state, not history, so it answers only for periods not yet over; closed periods keep the
 * figures counted while they were open.
 */
@Component
class RegisterCompletenessSource implements IndicatorSource {

    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(RegisterIndicators.VALID_PIN, 100, "CONG_AN", "register", 10),
            new IndicatorDefinition(RegisterIndicators.COMPLETE, 100, "CONG_AN", "register", 20),
            new IndicatorDefinition(RegisterIndicators.NAME_SPELLING, 100, "CONG_AN", "register", 30));

    private final JdbcClient jdbc;
    private final RegisterQuality quality;

    RegisterCompletenessSource(JdbcClient jdbc, RegisterQuality quality) {
        this.jdbc = jdbc;
        this.quality = quality;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }


    /** The persons of the numerator (meeting the condition) and of the denominator (every living resident). */
    @Override
    public Optional<RecordLinks> records(String indicator, String communeCode) {
        if (!RegisterQuality.INDICATORS.contains(indicator)) {
            return Optional.empty();
        }
        return Optional.of(PersonLists.of(indicator, communeCode));
    }

    @Override
    public List<IndicatorCount> count(String indicator, List<Period> periods) {
        return count(indicator, periods, RegisterQuality.RESIDENTS);
    }

    /** Only the residents recorded in one of the communes, or whose current commune is one of them. */
    @Override
    public List<IndicatorCount> count(String indicator, List<Period> periods, Set<String> communes) {
        return count(indicator, periods, RegisterQuality.RESIDENTS.and(new SqlCondition(
                "p.commune_code = ANY(:communes) OR p.current_commune_code = ANY(:communes)",
                Map.of("communes", communes.toArray(String[]::new)))));
    }

    private List<IndicatorCount> count(String indicator, List<Period> periods, SqlCondition persons) {
        if (periods.isEmpty()) {
            return List.of();
        }
        SqlCondition condition = quality.numerator(indicator)
                .orElseThrow(() -> new IllegalArgumentException("the register does not count " + indicator));
        record Row(String commune, String current, long numerator, long denominator) {
        }
        List<Row> rows = persons.bind(condition.bind(jdbc.sql("SELECT p.commune_code, p.current_commune_code,"
                        + " count(*) FILTER (WHERE" + condition.sql() + "), count(*) FROM register.person p WHERE"
                        + persons.sql() + " GROUP BY p.commune_code, p.current_commune_code")))
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .list();
        List<IndicatorCount> counts = new ArrayList<>(rows.size() * periods.size());
        for (Period period : periods) {
            for (Row row : rows) {
                counts.add(new IndicatorCount(period, row.commune(), row.current(), null, row.numerator(),
                        row.denominator()));
            }
        }
        return counts;
    }
}
