package org.dancu.results.digitising;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.results.DigitisingIndicators;
import org.dancu.security.SqlCondition;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Feeds the steering dashboard's "digitisation progress" of each record type: the records issued as
 * results from paper, of the pages uploaded that are not blank, per commune of the register book.
 * Totals only, without scope. The queue is present state, so like the register it answers only for
 * periods not yet over.
 */
@Component
class DigitisingProgressSource implements IndicatorSource {

    private static final Map<String, RecordType> TYPES = Map.of(
            DigitisingIndicators.LAND, RecordType.LAND_USE_CERTIFICATE,
            DigitisingIndicators.BIRTH, RecordType.BIRTH_EXTRACT);

    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(DigitisingIndicators.LAND, 100, RecordType.LAND_USE_CERTIFICATE.agencyCode(),
                    "results", 200),
            new IndicatorDefinition(DigitisingIndicators.BIRTH, 100, RecordType.BIRTH_EXTRACT.agencyCode(),
                    "results", 210));

    private final JdbcClient jdbc;

    DigitisingProgressSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }

    @Override
    public List<IndicatorCount> count(String indicator, List<Period> periods) {
        return count(indicator, periods, new SqlCondition("TRUE", Map.of()));
    }

    /** Only the batches of the communes named (batches carry a current commune). */
    @Override
    public List<IndicatorCount> count(String indicator, List<Period> periods, Set<String> communes) {
        return count(indicator, periods, new SqlCondition("b.commune_code = ANY(:communes)",
                Map.of("communes", communes.toArray(String[]::new))));
    }

    private List<IndicatorCount> count(String indicator, List<Period> periods, SqlCondition batches) {
        RecordType type = TYPES.get(indicator);
        if (type == null) {
            throw new IllegalArgumentException("digitising does not count " + indicator);
        }
        if (periods.isEmpty()) {
            return List.of();
        }
        record Row(String commune, long issued, long pages) {
        }
        List<Row> rows = batches.bind(jdbc.sql("""
                        SELECT b.commune_code, count(r.record_id) FILTER (WHERE r.state = 'ISSUED'), count(*)
                        FROM results.digitising_page p
                        JOIN results.digitising_batch b ON b.batch_id = p.batch_id
                        LEFT JOIN results.digitising_record r ON r.page_id = p.page_id
                        WHERE b.record_type = :type AND p.problem IS DISTINCT FROM 'BLANK' AND """ + batches.sql()
                        + " GROUP BY b.commune_code"))
                .param("type", type.name())
                .query((rs, i) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
        List<IndicatorCount> counts = new ArrayList<>(rows.size() * periods.size());
        for (Period period : periods) {
            for (Row row : rows) {
                counts.add(new IndicatorCount(period, row.commune(), row.commune(), null, row.issued(), row.pages()));
            }
        }
        return counts;
    }
}
