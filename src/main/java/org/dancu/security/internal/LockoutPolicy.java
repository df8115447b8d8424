package org.dancu.security.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts consecutive failed logins and locks after {@code threshold} of them for
 * {@code duration}. The count restarts at zero when the lock is set, so an expired lock gives
 * the owner the full number of tries again.
 */
record LockoutPolicy(int threshold, Duration duration) {

    /** The state after one more failure. */
    LoginFailures afterFailure(LoginFailures before, Instant now) {
        int failures = before.consecutive() + 1;
        if (failures >= threshold) {
            return new LoginFailures(0, now.plus(duration));
        }
        return new LoginFailures(failures, before.lockedUntil());
    }

    /** Consecutive failures so far and the end of the current lock, if any. */
    record LoginFailures(int consecutive, Instant lockedUntil) {

        static final LoginFailures NONE = new LoginFailures(0, null);

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }
}
