package org.dancu.steering.figures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One stored indicator value.
 *
 * @param value NULL when the denominator was 0
 * @param demo  synthetic history seeded by the demo, to be labelled as such wherever shown
 */
public record StoredValue(String indicatorCode, String periodCode, String unitLevel, String unitCode, String agencyCode,
                   BigDecimal numerator, BigDecimal denominator, BigDecimal value, boolean demo, Instant computedAt) {

    /** When the newest of the figures shown was computed; null when none is shown. */
    public static Instant latest(Stream<Instant> computed) {
        return computed.max(Comparator.naturalOrder()).orElse(null);
    }
}
