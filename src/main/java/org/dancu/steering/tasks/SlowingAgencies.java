package org.dancu.steering.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorDefinition;
import org.springframework.stereotype.Component;

/**
 * Agencies showing signs of slowing: those leading an open task that is at risk or late, and those
 * whose indicators' slope over the last three monthly values fell below half the slope of the
 * three before (progress that was rising is flattening out).
 */
@Component
public class SlowingAgencies {

    static final int SPAN = 3;

    private final ProvinceMonthsQuery provinceMonths;
    private final IndicatorCatalogue catalogue;

    SlowingAgencies(ProvinceMonthsQuery provinceMonths, IndicatorCatalogue catalogue) {
        this.provinceMonths = provinceMonths;
        this.catalogue = catalogue;
    }

    public List<Slowing> find(List<TaskRisk> tasks, LocalDate asOf) {
        Map<String, Slowing> found = new LinkedHashMap<>();
        for (TaskRisk risk : tasks) {
            if (risk.behind()) {
                found.computeIfAbsent(risk.task().leadAgency(), Slowing::new).tasksBehind().add(risk.task());
            }
        }
        Map<String, List<RiskMethod.Point>> months = provinceMonths.asOf(asOf).points();
        for (IndicatorDefinition definition : catalogue.all()) {
            slopeDrop(definition, months.getOrDefault(definition.code(), List.of())).ifPresent(drop ->
                    found.computeIfAbsent(definition.leadAgency(), Slowing::new).drops().add(drop));
        }
        return List.copyOf(found.values());
    }

    static Optional<SlopeDrop> slopeDrop(IndicatorDefinition indicator, List<RiskMethod.Point> months) {
        if (months.size() < 2 * SPAN) {
            return Optional.empty();
        }
        List<RiskMethod.Point> last = months.subList(months.size() - 2 * SPAN, months.size());
        double before = RiskMethod.slopePerMonth(last.subList(0, SPAN));
        double recent = RiskMethod.slopePerMonth(last.subList(SPAN, 2 * SPAN));
        if (before > 0 && recent < before / 2) {
            return Optional.of(new SlopeDrop(indicator, before, recent));
        }
        return Optional.empty();
    }

    /** An agency with what it is behind on. */
    public record Slowing(String agencyCode, List<Task> tasksBehind, List<SlopeDrop> drops) {

        Slowing(String agencyCode) {
            this(agencyCode, new ArrayList<>(), new ArrayList<>());
        }
    }

    /** An indicator whose monthly slope fell from {@code before} to {@code recent} (units per month). */
    public record SlopeDrop(IndicatorDefinition indicator, double before, double recent) {
    }
}
