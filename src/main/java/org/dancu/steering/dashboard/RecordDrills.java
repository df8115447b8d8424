package org.dancu.steering.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
import org.dancu.steering.RecordLinks;
import org.dancu.steering.figures.IndicatorValues;
import org.springframework.stereotype.Component;

/**
 * The lists of records behind each indicator's figure of a unit, as the source that counts the
 * indicator gives them (a figure whose source lists nothing, or of a former district, links nowhere).
 * A list holds the records as they are now, so only the figures of the period still open link to it.
 */
@Component
class RecordDrills {

    private final List<IndicatorSource> sources;

    RecordDrills(List<IndicatorSource> sources) {
        this.sources = sources;
    }

    /** Indicator code → where its records are listed, for the province or a current commune in the period. */
    Map<String, RecordLinks> of(IndicatorValues.UnitLevel level, String code, Period period, LocalDate today) {
        if (!period.contains(today)
                || level != IndicatorValues.UnitLevel.PROVINCE && level != IndicatorValues.UnitLevel.COMMUNE) {
            return Map.of();
        }
        String commune = level == IndicatorValues.UnitLevel.COMMUNE ? code : null;
        Map<String, RecordLinks> links = new LinkedHashMap<>();
        for (IndicatorSource source : sources) {
            for (String indicator : source.indicators()) {
                source.records(indicator, commune, period).ifPresent(found -> links.put(indicator, found));
            }
        }
        return links;
    }
}
