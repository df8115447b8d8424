package org.dancu.steering.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dancu.security.Scope;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.Period;
import org.dancu.steering.figures.FactCache;
import org.dancu.steering.figures.IndicatorValues;
import org.dancu.steering.figures.StoredValue;
import org.springframework.stereotype.Component;

/** Each catalogue indicator's value for one unit and period, with its target and the year-earlier value. */
@Component
public class Dashboard {

    private final IndicatorValues values;
    private final IndicatorCatalogue catalogue;
    private final FactCache cache;

    Dashboard(IndicatorValues values, FactCache cache, IndicatorCatalogue catalogue) {
        this.values = values;
        this.cache = cache;
        this.catalogue = catalogue;
    }

    /**
     * Every indicator of the unit in the period, beside the period before and the same period a year
     * before: one query for the values of the three periods, one for the targets.
     */
    public List<IndicatorLine> lines(Scope scope, IndicatorValues.UnitLevel level, String unit, Period period) {
        return cache.get(FactCache.key("lines", scope.localityCode(), level, unit, period),
                () -> read(scope, level, unit, period));
    }

    private List<IndicatorLine> read(Scope scope, IndicatorValues.UnitLevel level, String unit, Period period) {
        Period earlier = period.yearEarlier();
        Period previous = period.previous();
        Map<String, StoredValue> found = values.forUnit(scope, level, unit, List.of(period, previous, earlier)).stream()
                .collect(Collectors.toMap(v -> v.indicatorCode() + "/" + v.periodCode(), Function.identity()));
        Map<String, BigDecimal> targets = values.targets(period.lastDay().getYear());
        return catalogue.all().stream()
                .map(d -> new IndicatorLine(d, found.get(d.code() + "/" + period.code()), targets.get(d.code()),
                        found.get(d.code() + "/" + previous.code()), found.get(d.code() + "/" + earlier.code())))
                .toList();
    }

    /**
     * @param current     the stored value, or null: "no data yet"
     * @param target      the year's target, or null when none was set
     * @param previous    the period before, or null
     * @param yearEarlier the same period a year before, or null
     */
    public record IndicatorLine(IndicatorDefinition definition, StoredValue current, BigDecimal target,
                         StoredValue previous, StoredValue yearEarlier) {

        public boolean hasData() {
            return current != null && current.value() != null;
        }

        /** Change since the same period a year before, in the indicator's unit; null when either is missing. */
        public BigDecimal change() {
            return changeSince(yearEarlier);
        }

        /** Change since the period before; null when either is missing. */
        public BigDecimal changeSincePrevious() {
            return changeSince(previous);
        }

        private BigDecimal changeSince(StoredValue before) {
            if (!hasData() || before == null || before.value() == null) {
                return null;
            }
            return current.value().subtract(before.value());
        }

        /** Null without data or target. */
        public Boolean met() {
            return hasData() && target != null ? current.value().compareTo(target) >= 0 : null;
        }
    }
}
