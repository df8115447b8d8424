package org.dancu.workdays;

import java.time.LocalDate;

/** Days on which the clock stops (both inclusive): none of them is counted. */
public record Suspension(LocalDate first, LocalDate last) {

    public Suspension {
        if (first == null || last == null || last.isBefore(first)) {
            throw new IllegalArgumentException("a suspension runs from a day to the same or a later day");
        }
    }
}
