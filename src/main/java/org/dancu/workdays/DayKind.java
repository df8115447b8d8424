package org.dancu.workdays;

/** What a day of the calendar is for the clock. */
public enum DayKind {
    WORKING_DAY(true),
    WEEKLY_REST(false),
    PUBLIC_HOLIDAY(false),
    COMPENSATING_DAY_OFF(false),
    DAY_OFF_BY_DECISION(false),
    MAKE_UP_WORKING_DAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    /** Whether the clock counts the day. */
    public boolean working() {
        return working;
    }
}
