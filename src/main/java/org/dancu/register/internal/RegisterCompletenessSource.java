package org.dancu.register.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.civil.PersonName;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
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

    /** A 12-digit PIN whose province prefix, century-sex digit and birth year agree with the record. */
    private static final String VALID_PIN = """
            p.pin ~ '^0[0-9]{11}$'
            AND substr(p.pin, 5, 2) = lpad((p.birth_year % 100)::text, 2, '0')
            AND substr(p.pin, 4, 1)::int = ((p.birth_year / 100) - 19) * 2 + CASE p.sex WHEN 'F' THEN 1 ELSE 0 END
            AND p.sex IN ('M', 'F')""";

    /** The fields a register record must have to be complete. */
    private static final String COMPLETE = """
            p.pin IS NOT NULL AND p.birth_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND p.sex IN ('M', 'F')
            AND p.ethnicity IS NOT NULL AND p.current_commune_code IS NOT NULL
            AND coalesce(btrim(p.address), '') <> '' AND p.household_id IS NOT NULL""";

    /**
     * A name written as the register writes names (civil's {@link PersonName#spelling}): single
     * spaces between words, none of which is among the words found not normalised or mis-decoded.
     * The rule is applied in Java once per distinct word, not once per person.
     */
    private static final String NAME_WRITTEN = """
            p.full_name ~ '^\\S+( \\S+)*$'
            AND NOT (string_to_array(p.full_name, ' ') && CAST(:notWritten AS text[]))""";

    private static final Map<String, String> CONDITIONS = Map.of(
            IndicatorCatalogue.REG_VALID_PIN, VALID_PIN,
            IndicatorCatalogue.REG_COMPLETE, COMPLETE,
            IndicatorCatalogue.REG_NAME_SPELLING, NAME_WRITTEN);

    private final JdbcClient jdbc;

    RegisterCompletenessSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The distinct words of residents' names that are not written as the register writes names. */
    private String[] wordsNotWritten() {
        return jdbc.sql("""
                        SELECT DISTINCT w FROM register.person p CROSS JOIN LATERAL regexp_split_to_table(p.full_name, ' ') w
                        WHERE p.alive AND p.resident AND w <> ''""")
                .query(String.class).stream()
                .filter(word -> PersonName.spelling(word) != PersonName.Spelling.NORMALISED)
                .toArray(String[]::new);
    }

    @Override
    public Set<String> indicators() {
        return CONDITIONS.keySet();
    }

    @Override
    public boolean measures(Period period, LocalDate today) {
        return period.contains(today);
    }

    @Override
    public List<IndicatorCount> count(String indicator, List<Period> periods) {
        String condition = CONDITIONS.get(indicator);
        if (condition == null) {
            throw new IllegalArgumentException("the register does not count " + indicator);
        }
        if (periods.isEmpty()) {
            return List.of();
        }
        record Row(String commune, String current, long numerator, long denominator) {
        }
        var query = jdbc.sql("SELECT p.commune_code, p.current_commune_code, count(*) FILTER (WHERE " + condition
                + "), count(*) FROM register.person p WHERE p.alive AND p.resident"
                + " GROUP BY p.commune_code, p.current_commune_code");
        if (condition.equals(NAME_WRITTEN)) {
            query = query.param("notWritten", wordsNotWritten());
        }
        List<Row> rows = query.query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
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
