package org.dancu.notify.internal;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Exponential back-off with a cap: the n-th failed attempt waits {@code first × 2^(n-1)}, at most
 * {@code cap}; after {@code attempts} failed attempts the message is given up.
 */
record RetryPolicy(@DefaultValue("10s") @NotNull Duration first, @DefaultValue("10m") @NotNull Duration cap,
                   @DefaultValue("8") @Min(1) int attempts) {

    Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("a delay follows a failed attempt");
        }
        // 2^30 × any sensible first delay is far beyond any cap: stop doubling there
        long factor = 1L << Math.min(failedAttempts - 1, 30);
        Duration delay = first.multipliedBy(factor);
        return delay.compareTo(cap) > 0 || delay.isNegative() ? cap : delay;
    }

    boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= attempts;
    }
}
