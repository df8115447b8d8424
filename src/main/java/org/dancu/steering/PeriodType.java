package org.dancu.steering;

/** The lengths of reporting period the committee uses, with their DHIS2-style codes. */
public enum PeriodType {
    /** {@code 2026-05} */
    MONTH(1),
    /** {@code 2026Q2} */
    QUARTER(3),
    /** {@code 2026S1}: the six-monthly review */
    HALF_YEAR(6),
    /** {@code 2026} */
    YEAR(12);

    private final int months;

    PeriodType(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
