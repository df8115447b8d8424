package org.dancu.nationalsim.internal;

import java.util.Random;

/**
 * Makes a share of requests fail the ways a real national service does: a 503, a dropped
 * connection, or an answer so slow that the caller's timeout expires first. Seeded, so one client
 * calling in sequence meets the same failures on every run.
 */
final class FailureInjection {

    enum Failure { NONE, UNAVAILABLE, DROP, SLOW }

    static final long SLOW_MILLIS = 6_000;

    private final double rate;
    private final Random random;

    FailureInjection(double rate, long seed) {
        if (rate < 0 || rate >= 1) {
            throw new IllegalArgumentException("the failure rate lies in [0, 1), not " + rate);
        }
        this.rate = rate;
        this.random = new Random(seed);
    }

    synchronized Failure next() {
        if (rate == 0 || random.nextDouble() >= rate) {
            return Failure.NONE;
        }
        return Failure.values()[1 + random.nextInt(3)];
    }
}
