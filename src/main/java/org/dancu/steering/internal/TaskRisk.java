package org.dancu.steering.internal;

/** A task with its computed risk; {@code assessment} is null for a task without an indicator. */
record TaskRisk(Task task, RiskMethod.Assessment assessment) {

    boolean behind() {
        return task.status() == Task.TaskStatus.OPEN && assessment != null
                && (assessment.status() == RiskMethod.Status.AT_RISK || assessment.status() == RiskMethod.Status.LATE);
    }
}
