package org.dancu.steering.figures;

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
 * Reads stored indicator values within a scope. A value is visible when the scope covers its whole
 * unit, the unit being its level and code together, never the code alone (the code of a current
 * commune is also the code of the old commune it kept it from): an old commune when it is one of
 * the scope's communes, a current commune, old district or the province when every commune, old or
 * new, under it is. So a commune officer's query cannot return another commune's figures or the
 * province total, and the province's officers see the old districts.
 */
@Component
public class IndicatorValues {

    private static final String COLUMNS = "v.indicator_code, v.period_code, v.unit_level, v.unit_code, v.agency_code,"
            + " v.numerator, v.denominator, v.value, v.origin, v.computed_at";

    private final JdbcClient jdbc;
    private final FactCache cache;

    IndicatorValues(JdbcClient jdbc, FactCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /**
     * The rule above for a row whose unit is in {@code v.unit_level} and {@code v.unit_code}; the
     * indicators API applies the same rule to the units it is asked for.
     */
    public static SqlCondition visible(Scope scope) {
        SqlCondition oldCommune = scope.communes("v.unit_code");
        return new SqlCondition("CASE WHEN v.unit_level = 'OLD_COMMUNE' THEN " + oldCommune.sql()
                + " ELSE " + covers(scope, "v.unit_code").sql() + " END", oldCommune.parameters());
    }

    /**
     * The scope covers every commune, old or new, under the unit whose code is in the column (a
     * current commune, an old district or a province, as the locality module's scope table lists
     * them): the unit lies wholly inside the scope.
     *
     * @param column the unit-code column; never user input
     */
    public static SqlCondition covers(Scope scope, String column) {
        SqlCondition each = scope.communes("w.commune_code");
        return new SqlCondition("(SELECT bool_and(" + each.sql() + ") FROM locality.scope_commune w"
                + " WHERE w.scope_code = " + column + ") IS TRUE", each.parameters());
    }

    /** All-agency values of every indicator for one unit in the given periods. */
    public List<StoredValue> forUnit(Scope scope, UnitLevel level, String unit, List<Period> periods) {
        SqlCondition visible = visible(scope);
        return visible.bind(jdbc.sql("SELECT " + COLUMNS + " FROM steering.indicator_value v"
                        + " WHERE v.unit_level = :level AND v.unit_code = :unit AND v.agency_code = ''"
                        + " AND v.period_code IN (:periods) AND " + visible.sql()))
                .param("level", level.name()).param("unit", unit)
                .param("periods", periods.stream().map(Period::code).toList())
                .query(IndicatorValues::row).list();
    }

    /** All-agency values of one indicator for every unit of a level in one period, best first. */
    public List<StoredValue> ranking(Scope scope, String indicator, UnitLevel level, Period period) {
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
    public List<SeriesPoint> series(Scope scope, String indicator, UnitLevel level, String unit, PeriodType type,
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
    public Map<String, BigDecimal> targets(int year) {
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

    public Optional<BigDecimal> target(String indicator, int year) {
        return Optional.ofNullable(targets(year).get(indicator));
    }

    private static StoredValue row(ResultSet rs, int i) throws SQLException {
        return new StoredValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), "DEMO".equals(rs.getString(9)),
                rs.getTimestamp(10).toInstant());
    }

    /** One point of a time series. */
    public record SeriesPoint(String periodCode, LocalDate periodEnd, BigDecimal value, boolean demo) {
    }

    /** The levels of the fact table. */
    public enum UnitLevel { PROVINCE, COMMUNE, UNATTRIBUTED, OLD_DISTRICT, OLD_COMMUNE }
}
