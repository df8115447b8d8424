package org.dancu.national.internal;

import java.util.function.LongSupplier;

/**
 * Stops calling a failing service for a while. After {@code threshold} failures in a row the
 * circuit opens and calls fail at once; after {@code openNanos} one trial call is let through
 * (half-open): its success closes the circuit, its failure opens it again.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final long openNanos;
    private final LongSupplier clock;
    private State state = State.CLOSED;
    private int failures;
    private long openedAt;
    private boolean trialInFlight;

    CircuitBreaker(int threshold, long openNanos, LongSupplier clock) {
        this.threshold = threshold;
        this.openNanos = openNanos;
        this.clock = clock;
    }

    /** May a call go out now? In half-open state only one at a time may. */
    synchronized boolean allow() {
        if (state == State.OPEN && clock.getAsLong() - openedAt >= openNanos) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        if (state == State.CLOSED) {
            return true;
        }
        if (state == State.HALF_OPEN && !trialInFlight) {
            trialInFlight = true;
            return true;
        }
        return false;
    }

    synchronized void onSuccess() {
        state = State.CLOSED;
        failures = 0;
        trialInFlight = false;
    }

    synchronized void onFailure() {
        failures++;
        if (state == State.HALF_OPEN || failures >= threshold) {
            state = State.OPEN;
            openedAt = clock.getAsLong();
            trialInFlight = false;
        }
    }

    synchronized State state() {
        return state;
    }
}
