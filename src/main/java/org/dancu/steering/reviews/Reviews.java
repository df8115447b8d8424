package org.dancu.steering.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dancu.security.Scope;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.Period;
import org.dancu.steering.dashboard.Dashboard;
import org.dancu.steering.dashboard.UnitNames;
import org.dancu.steering.figures.IndicatorValues;
import org.dancu.steering.internal.Today;
import org.dancu.steering.tasks.SlowingAgencies;
import org.dancu.steering.tasks.TaskListQuery;
import org.dancu.steering.tasks.TaskRisk;
import org.dancu.steering.tasks.TaskRisks;
import org.springframework.stereotype.Component;

/**
 * Puts a review together from stored values only, with risks assessed as of the period's last day
 * (or today while it is open): a review of a past period reproduces the figures reported then.
 */
@Component
public class Reviews {

    private final Dashboard dashboard;
    private final IndicatorValues values;
    private final TaskListQuery tasks;
    private final TaskRisks risks;
    private final SlowingAgencies slowing;
    private final UnitNames names;
    private final Today today;
    private final IndicatorCatalogue catalogue;

    Reviews(Dashboard dashboard, IndicatorValues values, TaskListQuery tasks, TaskRisks risks, SlowingAgencies slowing,
            UnitNames names, Today today, IndicatorCatalogue catalogue) {
        this.dashboard = dashboard;
        this.values = values;
        this.tasks = tasks;
        this.risks = risks;
        this.slowing = slowing;
        this.names = names;
        this.today = today;
        this.catalogue = catalogue;
    }

    public Review build(Scope scope, Period period) {
        LocalDate asOf = period.lastDay().isBefore(today.date()) ? period.lastDay() : today.date();
        String province = names.provinceCode();
        List<TaskRisk> assessed = risks.assess(tasks.visibleTo(scope), asOf);
        List<Review.CommuneTable> tables = new ArrayList<>();
        for (IndicatorDefinition definition : catalogue.all()) {
            List<Review.CommuneRow> rows = values.ranking(scope, definition.code(), IndicatorValues.UnitLevel.COMMUNE,
                            period).stream()
                    .map(v -> new Review.CommuneRow(v.unitCode(),
                            names.name(IndicatorValues.UnitLevel.COMMUNE, v.unitCode()), v))
                    .toList();
            if (!rows.isEmpty()) {
                tables.add(new Review.CommuneTable(definition, rows));
            }
        }
        return new Review(period, names.name(IndicatorValues.UnitLevel.PROVINCE, province),
                dashboard.lines(scope, IndicatorValues.UnitLevel.PROVINCE, province, period),
                assessed.stream().filter(TaskRisk::behind).toList(), slowing.find(assessed, asOf), tables,
                today.date());
    }
}
