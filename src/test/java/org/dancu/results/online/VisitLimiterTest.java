package org.dancu.results.online;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisitLimiterTest {

    private static final long MINUTE = 60_000_000_000L;

    @Test
    void anAddressGetsItsVisitsAMinuteThenWaitsWhileAnotherAddressGoesOn() {
        VisitLimiter limiter = new VisitLimiter(3);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryVisit("10.0.0.1", 0)).isTrue();
        }
        assertThat(limiter.tryVisit("10.0.0.1", 0)).isFalse();
        assertThat(limiter.tryVisit("10.0.0.2", 0)).isTrue();
        assertThat(limiter.tryVisit("10.0.0.1", MINUTE / 3)).isTrue();
        assertThat(limiter.tryVisit("10.0.0.1", MINUTE / 3)).isFalse();
    }
}
