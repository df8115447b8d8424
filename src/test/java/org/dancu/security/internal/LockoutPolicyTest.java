package org.dancu.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final LockoutPolicy policy = new LockoutPolicy(3, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2025-08-01T08:00:00Z");

    @Test
    void failuresBelowTheThresholdOnlyCount() {
        LockoutPolicy.LoginFailures state = policy.afterFailure(LockoutPolicy.LoginFailures.NONE, now);
        state = policy.afterFailure(state, now);

        assertThat(state.consecutive()).isEqualTo(2);
        assertThat(state.lockedAt(now)).isFalse();
    }

    @Test
    void theThresholdLocksForTheDurationAndRestartsTheCount() {
        LockoutPolicy.LoginFailures state = LockoutPolicy.LoginFailures.NONE;
        for (int i = 0; i < 3; i++) {
            state = policy.afterFailure(state, now);
        }

        assertThat(state.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(state.consecutive()).isZero();
        assertThat(state.lockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(state.lockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
    }
}
