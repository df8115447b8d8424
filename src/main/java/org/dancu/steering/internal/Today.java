package org.dancu.steering.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The province's calendar date and the current instant, from one clock tests can replace. */
record Today(Clock clock) {

    LocalDate date() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }
}
