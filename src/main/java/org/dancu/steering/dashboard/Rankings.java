package org.dancu.steering.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dancu.security.CurrentStaff;
import org.dancu.security.Scope;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.Period;
import org.dancu.steering.figures.Figures;
import org.dancu.steering.figures.IndicatorValues;
import org.dancu.steering.figures.StoredValue;
import org.springframework.stereotype.Component;

/** The rankings of units by an indicator, as the ranking page and its spreadsheet show them. */
@Component
public class Rankings {

    private final CurrentStaff staff;
    private final IndicatorValues values;
    private final UnitNames names;
    private final Figures figures;

    Rankings(CurrentStaff staff, IndicatorValues values, UnitNames names, Figures figures) {
        this.staff = staff;
        this.values = values;
        this.names = names;
        this.figures = figures;
    }

    /** The ranking tables of one indicator: current communes, or old districts and old communes. */
    public Map<String, List<RankRow>> tables(IndicatorDefinition selected, Period period, boolean old, Locale locale) {
        Scope scope = staff.scope();
        Map<String, List<RankRow>> tables = new LinkedHashMap<>();
        List<IndicatorValues.UnitLevel> levels = old
                ? List.of(IndicatorValues.UnitLevel.OLD_DISTRICT, IndicatorValues.UnitLevel.OLD_COMMUNE)
                : List.of(IndicatorValues.UnitLevel.COMMUNE, IndicatorValues.UnitLevel.UNATTRIBUTED);
        for (IndicatorValues.UnitLevel level : levels) {
            List<RankRow> rows = values.ranking(scope, selected.code(), level, period).stream()
                    .map(v -> row(v, level, selected, locale)).toList();
            if (!rows.isEmpty() || level != IndicatorValues.UnitLevel.UNATTRIBUTED) {
                tables.put("steering.level." + level.name(), rows);
            }
        }
        return tables;
    }

    RankRow row(StoredValue v, IndicatorValues.UnitLevel level, IndicatorDefinition definition, Locale locale) {
        return new RankRow(v.unitCode(), names.name(level, v.unitCode()), level == IndicatorValues.UnitLevel.COMMUNE,
                v.numerator(), v.denominator(), v.value(), figures.value(definition, v.value(), locale), v.demo(),
                v.computedAt());
    }

    public record RankRow(String code, String name, boolean linkable, BigDecimal numerator, BigDecimal denominator,
                          BigDecimal value, String formatted, boolean demo, Instant computedAt) {
    }
}
