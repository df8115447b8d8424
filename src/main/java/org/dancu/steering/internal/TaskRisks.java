package org.dancu.steering.internal;

import java.time.LocalDate;
import java.util.List;

import org.dancu.locality.Localities;
import org.dancu.steering.PeriodType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes each task's risk of delay from the province's monthly series of its indicator, as the
 * stored values stood: a past date gives the assessment the committee would have seen then.
 */
@Component
class TaskRisks {

    private final JdbcClient jdbc;
    private final Localities localities;

    TaskRisks(JdbcClient jdbc, Localities localities) {
        this.jdbc = jdbc;
        this.localities = localities;
    }

    TaskRisk assess(Task task, LocalDate asOf) {
        if (task.indicatorCode() == null) {
            return new TaskRisk(task, null);
        }
        List<RiskMethod.Point> series = provinceMonths(task.indicatorCode(), asOf);
        return new TaskRisk(task, RiskMethod.assess(series, task.target().doubleValue(), task.deadline(), asOf));
    }

    /**
     * Monthly province values that ended by {@code asOf}, the last {@value RiskMethod#WINDOW} plus as
     * many before them (for the slope comparison of {@link SlowingAgencies}).
     */
    List<RiskMethod.Point> provinceMonths(String indicator, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT period_end, value FROM (
                            SELECT period_end, value FROM steering.indicator_value
                            WHERE indicator_code = :indicator AND unit_level = 'PROVINCE' AND unit_code = :province
                              AND agency_code = '' AND period_type = :type AND period_end <= :asOf AND value IS NOT NULL
                            ORDER BY period_end DESC LIMIT :limit) recent
                        ORDER BY period_end""")
                .param("indicator", indicator).param("province", localities.deploymentProvince().code())
                .param("type", PeriodType.MONTH.name()).param("asOf", asOf).param("limit", 2 * RiskMethod.WINDOW)
                .query((rs, i) -> new RiskMethod.Point(rs.getObject(1, LocalDate.class),
                        rs.getBigDecimal(2).doubleValue()))
                .list();
    }
}
