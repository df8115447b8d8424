package org.dancu.steering.tasks;

import java.time.Instant;


/**
 * A task with its computed risk (for a task without an indicator: whether its deadline has passed).
 *
 * @param computedAt when the latest figure the assessment used was computed; null without one
 */
public record TaskRisk(Task task, RiskMethod.Assessment assessment, Instant computedAt) {

    public TaskRisk(Task task, RiskMethod.Assessment assessment) {
        this(task, assessment, null);
    }

    public boolean behind() {
        return task.status() == Task.TaskStatus.OPEN
                && (assessment.status() == RiskMethod.Status.AT_RISK || assessment.status() == RiskMethod.Status.LATE);
    }

    /** An open task whose deadline has passed unmet: its lead agency is reminded of it. */
    boolean overdue() {
        return task.status() == Task.TaskStatus.OPEN && assessment.status() == RiskMethod.Status.LATE;
    }
}
