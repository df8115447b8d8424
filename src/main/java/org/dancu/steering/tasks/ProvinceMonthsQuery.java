package org.dancu.steering.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dancu.locality.Localities;
import org.dancu.steering.PeriodType;
import org.dancu.steering.figures.FactCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The province's monthly figures the risk reports rest on (a task's risk of delay, an agency's
 * slowing), read for every indicator at once and cached with the figures' version.
 */
@Component
class ProvinceMonthsQuery {

    private final JdbcClient jdbc;
    private final Localities localities;
    private final FactCache cache;

    ProvinceMonthsQuery(JdbcClient jdbc, Localities localities, FactCache cache) {
        this.jdbc = jdbc;
        this.localities = localities;
        this.cache = cache;
    }

    /**
     * @param points     each indicator's monthly province values, oldest first
     * @param computedAt when each indicator's latest of those values was computed
     */
    record ProvinceMonths(Map<String, List<RiskMethod.Point>> points, Map<String, Instant> computedAt) {
    }

    /**
     * Each indicator's monthly province values that began by {@code asOf}, oldest first: the last
     * {@value RiskMethod#WINDOW} plus as many before them (for the slope comparison of
     * {@link SlowingAgencies}). The month containing {@code asOf} is dated {@code asOf}: it is the
     * figure the dashboard shows for that month, so a task never contradicts its indicator.
     * Indicators without any such value are absent.
     */
    ProvinceMonths asOf(LocalDate asOf) {
        return cache.get(FactCache.key("province-months", asOf), () -> readProvinceMonths(asOf));
    }

    private ProvinceMonths readProvinceMonths(LocalDate asOf) {
        Map<String, List<RiskMethod.Point>> months = new HashMap<>();
        Map<String, Instant> computedAt = new HashMap<>();
        jdbc.sql("""
                        SELECT indicator_code, LEAST(period_end, CAST(:asOf AS date)), value, computed_at FROM (
                            SELECT indicator_code, period_end, value, computed_at,
                                   row_number() OVER (PARTITION BY indicator_code ORDER BY period_end DESC) AS back
                            FROM steering.indicator_value
                            WHERE unit_level = 'PROVINCE' AND unit_code = :province AND agency_code = ''
                              AND period_type = :type AND period_start <= :asOf AND value IS NOT NULL) recent
                        WHERE back <= :limit
                        ORDER BY indicator_code, period_end""")
                .param("province", localities.deploymentProvince().code())
                .param("type", PeriodType.MONTH.name()).param("asOf", asOf).param("limit", 2 * RiskMethod.WINDOW)
                .query(rs -> {
                    months.computeIfAbsent(rs.getString(1), code -> new ArrayList<>())
                            .add(new RiskMethod.Point(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3).doubleValue()));
                    // ordered by period, so the last row of an indicator is its latest value
                    computedAt.put(rs.getString(1), rs.getTimestamp(4).toInstant());
                });
        months.replaceAll((code, points) -> List.copyOf(points));
        return new ProvinceMonths(Map.copyOf(months), Map.copyOf(computedAt));
    }
}
