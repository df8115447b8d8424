package org.dancu.exchange.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each partner's rate bucket holds a minute's requests and refills. */
class RateLimitsTest {

    @Test
    void theRateBucketHoldsAMinuteAndRefills() {
        RateLimits limits = new RateLimits();
        assertThat(limits.tryAcquire("P", 2, 0)).isTrue();
        assertThat(limits.tryAcquire("P", 2, 0)).isTrue();
        assertThat(limits.tryAcquire("P", 2, 0)).isFalse();
        assertThat(limits.tryAcquire("Q", 2, 0)).isTrue();
        assertThat(limits.tryAcquire("P", 2, 30_000_000_000L)).isTrue();
        assertThat(limits.tryAcquire("P", 2, 30_000_000_000L)).isFalse();
    }
}
