package org.dancu.steering.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The province's calendar date and the current instant, from one clock tests can replace. */
public record Today(Clock clock) {

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }
}
