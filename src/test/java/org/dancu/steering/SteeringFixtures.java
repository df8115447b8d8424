package org.dancu.steering;

import org.dancu.steering.figures.HandStoredIndicators;
import org.dancu.steering.figures.SteeringSeeds;
import org.springframework.context.ApplicationContext;

/**
 * Steering data for the page and browser tests of every module: a task at risk, an overdue task, and
 * the figures recomputed or settled, without reaching into the module's internals.
 */
public final class SteeringFixtures {

    public static final String TASK_AT_RISK = "Thu học phí không dùng tiền mặt ở mọi trường học";
    public static final String INDICATOR = HandStoredIndicators.TUITION;
    public static final String TASK_OVERDUE = "Thu học phí không dùng tiền mặt ở trường phổ thông dân tộc nội trú";
    public static final String OVERDUE_AGENCY = "SO_GDDT";

    private SteeringFixtures() {
    }

    /**
     * Waits until no recount started by earlier tests' register, cleansing or national events is
     * waiting or running, so figures a test stores by hand are not replaced while it reads them.
     */
    public static void settle(ApplicationContext context) {
        SteeringSeeds.settle(context);
    }

    /** Sets an indicator's target for a year, as a province's resolution would. */
    public static void target(ApplicationContext context, String indicator, int year, int target) {
        SteeringSeeds.target(context, indicator, year, target);
    }

    /** A new open task followed through its reports, led by the Department of Construction; returns its id. */
    public static long openTask(ApplicationContext context, String title) {
        return SteeringSeeds.openTask(context, title);
    }

    /** Seeds the history and the task at risk once; returns the task's id. */
    public static long taskAtRisk(ApplicationContext context) {
        return SteeringSeeds.taskAtRisk(context);
    }

    /** Seeds, once, a task on the same indicator whose deadline passed yesterday unmet; returns its id. */
    public static long overdueTask(ApplicationContext context) {
        return SteeringSeeds.overdueTask(context);
    }

    /** Recomputes every indicator's figures now, as the scheduled recount does. */
    public static void recomputeAll(ApplicationContext context) {
        SteeringSeeds.recomputeAll(context);
    }
}
