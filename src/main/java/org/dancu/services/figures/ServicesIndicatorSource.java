package org.dancu.services.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dancu.security.SqlCondition;
import org.dancu.services.Handler;
import org.dancu.services.LegDefinition;
import org.dancu.services.Procedure;
import org.dancu.services.Procedures;
import org.dancu.services.ServicesIndicators;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
import org.springframework.stereotype.Component;

/**
 * Feeds the steering dashboard from the dossiers: the share of the essential services' dossiers filed
 * online, the share of legs ended on time, and the share of components the state held that applicants
 * were still asked for; per commune of the dossier and per agency (the agency answerable for the
 * procedure, or the one that ended the leg; none for the commune's own officers). Dossiers are dated
 * (received, ended), so any period that has begun can be counted again.
 */
@Component
class ServicesIndicatorSource implements IndicatorSource {

    private static final String LEAD = "VP_UBND";
    private static final List<IndicatorDefinition> DEFINITIONS = List.of(
            new IndicatorDefinition(ServicesIndicators.ONLINE_ESSENTIAL, 100, LEAD, "services", 300),
            new IndicatorDefinition(ServicesIndicators.ON_TIME, 100, LEAD, "services", 310),
            new IndicatorDefinition(ServicesIndicators.REASKED, 100, LEAD, "services", 320));

    private final ServiceFiguresQuery query;
    private final Procedures procedures;

    ServicesIndicatorSource(ServiceFiguresQuery query, Procedures procedures) {
        this.query = query;
        this.procedures = procedures;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return DEFINITIONS;
    }

    @Override
    public boolean measures(Period period, LocalDate today) {
        return !period.firstDay().isAfter(today);
    }

    @Override
    public List<IndicatorCount> count(String indicator, List<Period> periods) {
        return count(indicator, periods, new SqlCondition("TRUE", Map.of()));
    }

    /** Only the dossiers and legs of the communes named (a dossier carries the commune it was filed in). */
    @Override
    public List<IndicatorCount> count(String indicator, List<Period> periods, Set<String> communes) {
        return count(indicator, periods, new SqlCondition(" commune_code = ANY(:communes) ",
                Map.of("communes", communes.toArray(String[]::new))));
    }

    private List<IndicatorCount> count(String indicator, List<Period> periods, SqlCondition communes) {
        if (periods.isEmpty()) {
            return List.of();
        }
        YearMonth from = periods.stream().map(Period::start).min(Comparator.naturalOrder()).orElseThrow();
        YearMonth to = periods.stream().map(p -> p.start().plusMonths(p.type().months() - 1L))
                .max(Comparator.naturalOrder()).orElseThrow();
        List<Procedure> catalogue = procedures.all(LocalDate.now(org.dancu.civil.ProvinceTime.VIETNAM));
        Map<String, String> agencyOf = new HashMap<>();
        catalogue.forEach(procedure -> agencyOf.put(procedure.code().value(), answerable(procedure)));
        return switch (indicator) {
            case ServicesIndicators.ONLINE_ESSENTIAL -> place(periods, query.filedOnline(catalogue.stream()
                            .filter(p -> p.essentialNumber() != null).map(p -> p.code().value())
                            .collect(Collectors.toSet()), from, to, communes), agencyOf);
            case ServicesIndicators.ON_TIME -> place(periods, query.legsOnTime(from, to, communes), null);
            case ServicesIndicators.REASKED -> place(periods, query.reAsked(from, to, communes), agencyOf);
            default -> throw new IllegalArgumentException("the services module does not count " + indicator);
        };
    }

    /**
     * The agency answerable for a procedure: the one handling its first leg's last step; none when the
     * commune's officers end it (a bundle's civil-status leg).
     */
    static String answerable(Procedure procedure) {
        LegDefinition first = procedure.legs().stream().filter(LegDefinition::first).findFirst()
                .orElse(procedure.legs().get(0));
        Handler last = first.steps().get(first.steps().size() - 1);
        return last.kind() == Handler.Kind.AGENCY ? last.agencyCode() : null;
    }

    /**
     * Sums the months of each period per commune and agency; {@code agencyOf} turns a count's procedure
     * into its agency, or is null when counts already name their agency.
     */
    private static List<IndicatorCount> place(List<Period> periods, List<ServiceFiguresQuery.MonthCount> months,
                                              Map<String, String> agencyOf) {
        record Key(Period period, String commune, String agency) {
        }
        Map<Key, long[]> sums = new HashMap<>();
        for (ServiceFiguresQuery.MonthCount month : months) {
            String agency = agencyOf == null ? month.key() : agencyOf.get(month.key());
            for (Period period : periods) {
                if (!month.month().isBefore(period.start())
                        && month.month().isBefore(period.start().plusMonths(period.type().months()))) {
                    long[] sum = sums.computeIfAbsent(new Key(period, month.communeCode(), agency), k -> new long[2]);
                    sum[0] += month.numerator();
                    sum[1] += month.denominator();
                }
            }
        }
        List<IndicatorCount> counts = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> counts.add(new IndicatorCount(key.period(), key.commune(), null, key.agency(),
                sum[0], sum[1])));
        return counts;
    }
}
