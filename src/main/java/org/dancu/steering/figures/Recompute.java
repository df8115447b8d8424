package org.dancu.steering.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.dancu.locality.Localities;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dancu.steering.internal.SteeringProperties;
import org.dancu.steering.internal.Today;
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
    private final IndicatorCatalogue catalogue;
    private final SteeringProperties properties;
    private final Localities localities;

    Recompute(List<IndicatorSource> sources, FactWriter writer, Today today, SteeringProperties properties,
              IndicatorCatalogue catalogue, Localities localities) {
        this.sources = sources;
        this.writer = writer;
        this.today = today;
        this.properties = properties;
        this.catalogue = catalogue;
        this.localities = localities;
    }

    /** Recomputes everything the sources can measure; returns the number of values stored. */
    public int all() {
        return eachIndicator(this::whole);
    }

    /**
     * Recounts what changes in some current communes touched: each source counts only the records of
     * those communes and the old communes that formed them, and only their figures, the province and
     * the old districts are replaced. An indicator whose counts reach beyond them is recounted whole.
     * Returns the number of values stored.
     */
    public int communes(Set<String> communes) {
        Set<String> codes = new HashSet<>(communes);
        communes.forEach(commune -> localities.predecessors(commune).forEach(unit -> codes.add(unit.code())));
        return eachIndicator((source, definition, periods) -> {
            List<IndicatorCount> counts = source.count(definition.code(), periods, codes).stream()
                    .filter(c -> codes.contains(c.communeCode()) || codes.contains(c.currentCommuneCode()))
                    .toList();
            OptionalInt partial = writer.replaceCommunes(definition, periods, counts, communes, codes);
            return partial.isPresent() ? partial.getAsInt() : whole(source, definition, periods);
        });
    }

    /** What one source does for one of its indicators over the periods it can still measure. */
    private interface Recount {
        int of(IndicatorSource source, IndicatorDefinition definition, List<Period> periods);
    }

    private int eachIndicator(Recount recount) {
        LocalDate date = today.date();
        int stored = 0;
        for (IndicatorSource source : sources) {
            for (String code : source.indicators()) {
                List<Period> periods = periods(date).stream().filter(p -> source.measures(p, date)).toList();
                stored += recount.of(source, definition(code), periods);
            }
        }
        return stored;
    }

    private int whole(IndicatorSource source, IndicatorDefinition definition, List<Period> periods) {
        return writer.replace(definition, periods, source.count(definition.code(), periods), FactWriter.Origin.COMPUTED);
    }

    private IndicatorDefinition definition(String code) {
        return catalogue.find(code)
                .orElseThrow(() -> new IllegalStateException("source delivers unknown indicator " + code));
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
