package org.dancu.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A partner's policy and rate bucket, each refusing what it must. */
class PolicyTest {

    @Test
    void policiesRefuseTheFirstRuleBroken() {
        Policy policy = new Policy("P", java.util.Set.of(Operation.VERIFY), java.util.Set.of("fullName"),
                java.util.Set.of("identity-check"), 10);
        assertThat(policy.refusal(Operation.VERIFY, "identity-check", List.of("fullName"))).isNull();
        assertThat(policy.refusal(Operation.RETRIEVE, "identity-check", List.of("fullName")))
                .isEqualTo(ExchangeError.OPERATION_NOT_ALLOWED);
        assertThat(policy.refusal(Operation.VERIFY, "other", List.of("fullName")))
                .isEqualTo(ExchangeError.PURPOSE_NOT_ALLOWED);
        assertThat(policy.refusal(Operation.VERIFY, "identity-check", List.of("fullName", "sex")))
                .isEqualTo(ExchangeError.ATTRIBUTE_NOT_ALLOWED);
    }

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
