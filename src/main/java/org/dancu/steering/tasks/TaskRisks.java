package org.dancu.steering.tasks;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Computes each task's risk of delay from the province's monthly series of its indicator, as the
 * stored values stood: a past date gives the assessment the committee would have seen then.
 */
@Component
public class TaskRisks {

    private final ProvinceMonthsQuery months;

    TaskRisks(ProvinceMonthsQuery months) {
        this.months = months;
    }

    /** The tasks with their risks, in the same order, from one read of the province's months. */
    public List<TaskRisk> assess(List<Task> tasks, LocalDate asOf) {
        ProvinceMonthsQuery.ProvinceMonths found = months.asOf(asOf);
        return tasks.stream().map(task -> task.indicatorCode() == null
                ? new TaskRisk(task, RiskMethod.withoutIndicator(task.deadline(), asOf))
                : new TaskRisk(task, RiskMethod.assess(found.points().getOrDefault(task.indicatorCode(), List.of()),
                        task.target().doubleValue(), task.deadline(), asOf),
                        found.computedAt().get(task.indicatorCode()))).toList();
    }
}
