package org.dancu.steering.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.dancu.steering.DemoPlan;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dancu.steering.internal.Today;
import org.dancu.steering.tasks.NewTask;
import org.dancu.steering.tasks.TaskDecisions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's steering committee: the province's task themes and a synthetic monthly history of the
 * indicators they follow, as the {@link DemoPlan} gives them, stored with origin DEMO (every page
 * marks those figures as demo data), generated from the register as it is counted at the first start ({@link DemoHistory}).
 * Indicators outside the demo keep showing "no data yet". Runs once, on a start with no task, when
 * the application is ready (after every start-up runner, the demo register's loading included), and
 * then recomputes what the real sources can count.
 */
@Component
@ConditionalOnProperty(name = "dancu.demo.enabled", havingValue = "true")
class DemoSteering {

    static final int HISTORY_MONTHS = 18;
    private static final String DECISION_06 = "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ (Đề án 06)";

    private final JdbcClient jdbc;
    private final FactWriter writer;
    private final TaskDecisions tasks;
    private final Recompute recompute;
    private final Today today;
    private final IndicatorCatalogue catalogue;
    private final Localities localities;
    private final DemoPlan plan;

    DemoSteering(JdbcClient jdbc, FactWriter writer, TaskDecisions tasks, Recompute recompute, Today today,
                 Localities localities, IndicatorCatalogue catalogue, DemoPlan plan) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.tasks = tasks;
        this.recompute = recompute;
        this.today = today;
        this.localities = localities;
        this.catalogue = catalogue;
        this.plan = plan;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM steering.task)").query(Boolean.class).single()) {
            return;
        }
        LocalDate date = today.date();
        // the register's figures first, so that the history can lead up to them
        recompute.all();
        seedHistory(date);
        seedTasks(date);
        int stored = recompute.all();
        System.out.println("dancu demo: steering tasks and " + HISTORY_MONTHS
                + " months of demo indicator history seeded; " + stored + " values computed from the register");
    }

    void seedHistory(LocalDate date) {
        Period month = Period.containing(PeriodType.MONTH, date);
        Map<String, Map<String, DemoHistory.Live>> counted = new HashMap<>();
        for (DemoPlan.Trajectory trajectory : plan.trajectories()) {
            Map<String, DemoHistory.Live> live = computed(trajectory.indicator(), month, IndicatorValues.UnitLevel.COMMUNE);
            if (!live.isEmpty()) {
                counted.put(trajectory.indicator(), live);
            }
        }
        Map<String, DemoHistory.Live> residents = counted.getOrDefault(plan.residents(), Map.of());
        DemoHistory history = new DemoHistory(residents, counted, formedFrom(residents.keySet(), month));
        LocalDate from = date.withDayOfMonth(1).minusMonths(HISTORY_MONTHS);
        for (DemoPlan.Trajectory trajectory : plan.trajectories()) {
            if (catalogue.find(trajectory.indicator()).isEmpty()) {
                continue;
            }
            List<Period> periods = new ArrayList<>();
            List<IndicatorCount> counts = new ArrayList<>();
            for (PeriodType type : PeriodType.values()) {
                for (Period period : Period.between(type, from, date)) {
                    if (!period.firstDay().isBefore(from)) {
                        periods.add(period);
                        LocalDate end = (period.lastDay().isAfter(date) ? date : period.lastDay()).withDayOfMonth(1);
                        counts.addAll(history.counts(trajectory, period, (int) ChronoUnit.MONTHS.between(from, end),
                                (int) ChronoUnit.MONTHS.between(end, month.firstDay())));
                    }
                }
            }
            writer.replace(catalogue.find(trajectory.indicator()).orElseThrow(), periods, counts,
                    FactWriter.Origin.DEMO);
        }
    }

    /**
     * Each current commune's old communes with their living residents this month, as the recompute
     * just stored them (old communes without residents are left out).
     */
    private Map<String, Map<String, Long>> formedFrom(Set<String> communes, Period month) {
        Map<String, DemoHistory.Live> old = computed(plan.residents(), month,
                IndicatorValues.UnitLevel.OLD_COMMUNE);
        Map<String, Map<String, Long>> formedFrom = new HashMap<>();
        for (String commune : communes) {
            Map<String, Long> residents = new HashMap<>();
            localities.predecessors(commune).stream().map(AdministrativeUnit::code).filter(old::containsKey)
                    .filter(code -> old.get(code).denominator() > 0)
                    .forEach(code -> residents.put(code, old.get(code).denominator()));
            formedFrom.put(commune, residents);
        }
        return formedFrom;
    }

    /** Each unit's count of an indicator this month at the level given, as the recompute just stored it. */
    private Map<String, DemoHistory.Live> computed(String indicator, Period month, IndicatorValues.UnitLevel level) {
        Map<String, DemoHistory.Live> live = new HashMap<>();
        jdbc.sql("""
                        SELECT unit_code, numerator, denominator FROM steering.indicator_value
                        WHERE indicator_code = :indicator AND period_code = :period AND unit_level = :level
                          AND agency_code = '' AND origin = 'COMPUTED'""")
                .param("indicator", indicator).param("period", month.code()).param("level", level.name())
                .query(rs -> {
                    live.put(rs.getString(1), new DemoHistory.Live(rs.getLong(2), rs.getLong(3)));
                });
        return live;
    }

    private void seedTasks(LocalDate date) {
        for (DemoPlan.Theme theme : plan.themes(date)) {
            // a theme whose indicator no module declares is followed through its reports
            String indicator = theme.indicator() == null || catalogue.find(theme.indicator()).isEmpty() ? null
                    : theme.indicator();
            tasks.create(new NewTask(theme.title(), theme.lead(), theme.coordinators(), theme.deadline(), DECISION_06,
                    indicator, indicator == null ? null : BigDecimal.valueOf(theme.target())), "demo", true);
        }
    }
}
