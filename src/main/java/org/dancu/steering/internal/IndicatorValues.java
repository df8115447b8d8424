package org.dancu.steering.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads stored indicator values within a scope. A value is visible when its unit is one of the
 * scope's communes (old or current) or the scope's root itself (the province, a former district),
 * so a commune officer's query cannot return another commune's figures or the province total.
 */
@Component
class IndicatorValues {

    private static final String COLUMNS = "v.indicator_code, v.period_code, v.unit_level, v.unit_code, v.agency_code,"
            + " v.numerator, v.denominator, v.value, v.origin, v.computed_at";

    private final JdbcClient jdbc;
    private final FactCache cache;

    IndicatorValues(JdbcClient jdbc, FactCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    static SqlCondition visible(Scope scope) {
        SqlCondition communes = scope.communes("v.unit_code");
        if (scope.localityCode() == null) {
            return communes;
        }
        return new SqlCondition("(" + communes.sql() + " OR v.unit_code = :" + Scope.LOCALITY_PARAMETER + ")",
                communes.parameters());
    }

    /** All-agency values of every indicator for one unit in the given periods. */
    List<StoredValue> forUnit(Scope scope, UnitLevel level, String unit, List<Period> periods) {
        SqlCondition visible = visible(scope);
        return visible.bind(jdbc.sql("SELECT " + COLUMNS + " FROM steering.indicator_value v"
                        + " WHERE v.unit_level = :level AND v.unit_code = :unit AND v.agency_code = ''"
                        + " AND v.period_code IN (:periods) AND " + visible.sql()))
                .param("level", level.name()).param("unit", unit)
                .param("periods", periods.stream().map(Period::code).toList())
                .query(IndicatorValues::row).list();
    }

    /** All-agency values of one indicator for every unit of a level in one period, best first. */
    List<StoredValue> ranking(Scope scope, String indicator, UnitLevel level, Period period) {
        return cache.get(FactCache.key("ranking", scope.localityCode(), indicator, level, period),
                () -> List.copyOf(readRanking(scope, indicator, level, period)));
    }

    private List<StoredValue> readRanking(Scope scope, String indicator, UnitLevel level, Period period) {
        SqlCondition visible = visible(scope);
        return visible.bind(jdbc.sql("SELECT " + COLUMNS + " FROM steering.indicator_value v"
                        + " WHERE v.indicator_code = :indicator AND v.unit_level = :level AND v.agency_code = ''"
                        + " AND v.period_code = :period AND " + visible.sql()
                        + " ORDER BY v.value DESC NULLS LAST, v.unit_code"))
                .param("indicator", indicator).param("level", level.name()).param("period", period.code())
                .query(IndicatorValues::row).list();
    }

    /** The series of one indicator for one unit, by period of one type, oldest first, up to a date. */
    List<SeriesPoint> series(Scope scope, String indicator, UnitLevel level, String unit, PeriodType type,
                             LocalDate from, LocalDate to) {
        return cache.get(FactCache.key("series", scope.localityCode(), indicator, level, unit, type, from, to),
                () -> List.copyOf(readSeries(scope, indicator, level, unit, type, from, to)));
    }

    private List<SeriesPoint> readSeries(Scope scope, String indicator, UnitLevel level, String unit, PeriodType type,
                                         LocalDate from, LocalDate to) {
        SqlCondition visible = visible(scope);
        return visible.bind(jdbc.sql("SELECT v.period_code, v.period_end, v.value, v.origin = 'DEMO'"
                        + " FROM steering.indicator_value v WHERE v.indicator_code = :indicator"
                        + " AND v.unit_level = :level AND v.unit_code = :unit AND v.agency_code = ''"
                        + " AND v.period_type = :type AND v.period_start >= :from AND v.period_end <= :to"
                        + " AND v.value IS NOT NULL AND " + visible.sql() + " ORDER BY v.period_start"))
                .param("indicator", indicator).param("level", level.name()).param("unit", unit)
                .param("type", type.name()).param("from", from).param("to", to)
                .query((rs, i) -> new SeriesPoint(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getBigDecimal(3), rs.getBoolean(4)))
                .list();
    }

    /** Province-wide targets of each indicator for a year. */
    Map<String, BigDecimal> targets(int year) {
        return cache.get(FactCache.key("targets", year), () -> {
            Map<String, BigDecimal> targets = new HashMap<>();
            jdbc.sql("SELECT indicator_code, target FROM steering.indicator_target WHERE year = :year")
                    .param("year", year)
                    .query(rs -> {
                        targets.put(rs.getString(1), rs.getBigDecimal(2));
                    });
            return Map.copyOf(targets);
        });
    }

    Optional<BigDecimal> target(String indicator, int year) {
        return Optional.ofNullable(targets(year).get(indicator));
    }

    private static StoredValue row(ResultSet rs, int i) throws SQLException {
        return new StoredValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), "DEMO".equals(rs.getString(9)),
                rs.getTimestamp(10).toInstant());
    }

    /** One point of a time series. */
    record SeriesPoint(String periodCode, LocalDate periodEnd, BigDecimal value, boolean demo) {
    }

    /** The levels of the fact table. */
    enum UnitLevel { PROVINCE, COMMUNE, UNATTRIBUTED, OLD_DISTRICT, OLD_COMMUNE }
}
