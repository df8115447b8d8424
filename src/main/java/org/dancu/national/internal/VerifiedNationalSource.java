package org.dancu.national.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The share of persons verified against the national database, per commune: persons whose latest
 * check agreed on every field (or whose mismatch an officer resolved) over all persons checked.
 * Only the present state is known, so it answers for periods not yet over.
 */
@Component
class VerifiedNationalSource implements IndicatorSource {

    private final JdbcClient jdbc;

    VerifiedNationalSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> indicators() {
        return Set.of(IndicatorCatalogue.REG_VERIFIED_NATIONAL);
    }

    @Override
    public boolean measures(Period period, LocalDate today) {
        return period.contains(today);
    }

    @Override
    public List<IndicatorCount> count(String indicator, List<Period> periods) {
        if (!indicators().contains(indicator)) {
            throw new IllegalArgumentException("the national connector does not count " + indicator);
        }
        record Row(String commune, long verified, long checked) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT commune_code, count(*) FILTER (WHERE status = 'MATCH' OR resolved_at IS NOT NULL), count(*)
                        FROM national.person_check WHERE commune_code ~ '^[0-9]{5}$' GROUP BY commune_code""")
                .query((rs, i) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
        List<IndicatorCount> counts = new ArrayList<>(rows.size() * periods.size());
        for (Period period : periods) {
            for (Row row : rows) {
                counts.add(new IndicatorCount(period, row.commune(), null, null, row.verified(), row.checked()));
            }
        }
        return counts;
    }
}
