package org.dancu.steering.indicators;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.dancu.steering.Period;
import org.dancu.steering.figures.IndicatorValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the stored figures for the indicators API: one indicator, the units asked for and the
 * periods asked for, in one statement. Every unit × period asked for gives a row, the ones without a
 * stored figure with no numbers ("no data"), so a missing figure is never read as zero. Units the
 * scope does not cover give no row at all: the steering pages' rule ({@link IndicatorValues#visible}),
 * applied in the SQL to the units before any figure is read.
 */
@Component
class IndicatorFactsQuery {

    private static final String VALUES = """
            WITH v AS MATERIALIZED (
                SELECT CAST(:level AS text) AS unit_level, s.unit_code, s.agency_code, s.ord
                FROM unnest(CAST(:units AS text[]), CAST(:agencies AS text[])) WITH ORDINALITY
                    AS s(unit_code, agency_code, ord)
            ), slot AS MATERIALIZED (
                SELECT v.unit_code, v.agency_code, v.ord FROM v WHERE %s
            )
            SELECT s.unit_code, s.agency_code, p.period_code, f.numerator, f.denominator, f.value,
                   f.origin, f.computed_at
            FROM slot s
            CROSS JOIN unnest(CAST(:periods AS text[])) WITH ORDINALITY AS p(period_code, ord)
            LEFT JOIN steering.indicator_value f
                   ON f.indicator_code = :indicator AND f.unit_level = :level AND f.unit_code = s.unit_code
                  AND f.agency_code = s.agency_code AND f.period_code = p.period_code
            ORDER BY s.ord, p.ord
            """;

    private final JdbcClient jdbc;

    IndicatorFactsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The figures of one indicator for the units and periods asked, those within the scope only.
     *
     * @param units unit codes of the level; at the agency level, agency codes (their province-wide figures)
     */
    List<Fact> values(Scope scope, String indicator, UnitLevel level, String province, List<String> units,
                      List<Period> periods) {
        if (units.isEmpty() || periods.isEmpty()) {
            return List.of();
        }
        boolean agencies = level == UnitLevel.AGENCY;
        String[] unitCodes = agencies ? Collections.nCopies(units.size(), province).toArray(String[]::new)
                : units.toArray(String[]::new);
        String[] agencyCodes = agencies ? units.toArray(String[]::new)
                : Collections.nCopies(units.size(), "").toArray(String[]::new);
        SqlCondition visible = IndicatorValues.visible(scope);
        return visible.bind(jdbc.sql(VALUES.formatted(visible.sql())))
                .param("level", level.factLevel())
                .param("units", unitCodes)
                .param("agencies", agencyCodes)
                .param("periods", periods.stream().map(Period::code).toArray(String[]::new))
                .param("indicator", indicator)
                .query((rs, i) -> {
                    Timestamp computed = rs.getTimestamp(8);
                    return new Fact(agencies ? rs.getString(2) : rs.getString(1), rs.getString(3),
                            rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7),
                            computed == null ? null : computed.toInstant());
                })
                .list();
    }

    /** The agencies any figure is stored for, in code order. */
    List<String> agencies() {
        return jdbc.sql("SELECT DISTINCT agency_code FROM steering.indicator_value WHERE agency_code <> ''"
                + " AND unit_level = 'PROVINCE' ORDER BY agency_code").query(String.class).list();
    }

    /** One unit × period asked for; its numbers and origin are null when no figure is stored. */
    record Fact(String unit, String periodCode, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
                String origin, Instant computedAt) {
    }
}
