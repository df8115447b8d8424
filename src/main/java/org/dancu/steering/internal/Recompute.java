package org.dancu.steering.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.springframework.stereotype.Service;

/**
 * Asks every {@link IndicatorSource} for the periods it can still measure and stores the results.
 * Rerunning it is safe: each run replaces exactly the periods it recounted and leaves closed
 * periods as they were reported.
 */
@Service
public class Recompute {

    private final List<IndicatorSource> sources;
    private final FactWriter writer;
    private final Today today;
    private final SteeringProperties properties;

    Recompute(List<IndicatorSource> sources, FactWriter writer, Today today, SteeringProperties properties) {
        this.sources = sources;
        this.writer = writer;
        this.today = today;
        this.properties = properties;
    }

    /** Recomputes everything the sources can measure; returns the number of values stored. */
    public int all() {
        LocalDate date = today.date();
        int stored = 0;
        for (IndicatorSource source : sources) {
            for (String code : source.indicators()) {
                IndicatorDefinition definition = IndicatorCatalogue.find(code)
                        .orElseThrow(() -> new IllegalStateException("source delivers unknown indicator " + code));
                List<Period> periods = periods(date).stream().filter(p -> source.measures(p, date)).toList();
                stored += writer.replace(definition, periods, source.count(code, periods), FactWriter.Origin.COMPUTED);
            }
        }
        return stored;
    }

    private List<Period> periods(LocalDate date) {
        LocalDate from = date.minusMonths(properties.historyMonths());
        List<Period> periods = new ArrayList<>();
        for (PeriodType type : PeriodType.values()) {
            periods.addAll(Period.between(type, from, date));
        }
        return periods;
    }
}
