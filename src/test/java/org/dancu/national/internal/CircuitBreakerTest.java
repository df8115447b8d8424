package org.dancu.national.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, 1_000, now::get);

    @Test
    void opensAfterTheThresholdAndLetsOneTrialThroughAfterTheOpenPeriod() {
        breaker.onFailure();
        breaker.onFailure();
        assertThat(breaker.allow()).isTrue();
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.allow()).isFalse();

        now.addAndGet(1_000);
        assertThat(breaker.allow()).isTrue();
        assertThat(breaker.allow()).as("only one trial while half-open").isFalse();
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);

        now.addAndGet(1_000);
        assertThat(breaker.allow()).isTrue();
        breaker.onSuccess();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.allow()).isTrue();
    }

    @Test
    void aSuccessResetsTheCountOfFailuresInARow() {
        breaker.onFailure();
        breaker.onFailure();
        breaker.onSuccess();
        breaker.onFailure();
        breaker.onFailure();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
