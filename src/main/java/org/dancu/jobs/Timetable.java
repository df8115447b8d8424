package org.dancu.jobs;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/** When a {@link ScheduledWork} is due. */
public sealed interface Timetable {

    /**
     * At the times of a six-field cron expression (seconds first, as Spring's) in a zone; the
     * expression {@code -} means never, as it does for Spring's scheduling.
     */
    static Timetable cron(String expression, ZoneId zone) {
        return "-".equals(expression) ? new Never() : new Cron(expression, zone);
    }

    /** This long after the previous run ended (and this long after the first start). */
    static Timetable every(Duration delay) {
        return new Every(delay);
    }

    record Cron(String expression, ZoneId zone) implements Timetable {

        public Cron {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(zone, "zone");
        }
    }

    record Every(Duration delay) implements Timetable {

        public Every {
            if (delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException("a timetable's delay must be positive: " + delay);
            }
        }
    }

    record Never() implements Timetable {
    }
}
