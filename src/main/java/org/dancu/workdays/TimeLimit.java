package org.dancu.workdays;

/**
 * A legal time limit: whole working days, half working days (a morning or an afternoon session, where
 * the law counts them), or working hours.
 */
public record TimeLimit(int amount, Unit unit) {

    public enum Unit {
        WORKING_DAYS, HALF_DAYS, WORKING_HOURS
    }

    public TimeLimit {
        if (amount < 0 || unit == null) {
            throw new IllegalArgumentException("a time limit is a unit and an amount of at least 0");
        }
    }

    public static TimeLimit workingDays(int days) {
        return new TimeLimit(days, Unit.WORKING_DAYS);
    }

    public static TimeLimit halfDays(int halves) {
        return new TimeLimit(halves, Unit.HALF_DAYS);
    }

    public static TimeLimit workingHours(int hours) {
        return new TimeLimit(hours, Unit.WORKING_HOURS);
    }

    /** The limit extended by whole working days (an extension, a commune's extra days). */
    public TimeLimit plusWorkingDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("an extension adds days: " + days);
        }
        return switch (unit) {
            case WORKING_DAYS -> new TimeLimit(amount + days, unit);
            case HALF_DAYS -> new TimeLimit(amount + 2 * days, unit);
            case WORKING_HOURS -> throw new IllegalArgumentException("a limit in hours is not extended by days");
        };
    }
}
