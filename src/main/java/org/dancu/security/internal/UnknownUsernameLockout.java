package org.dancu.security.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Failed-login bookkeeping for usernames that have no account. Applying the same lock-out to
 * them makes a missing account answer exactly like a real one ("locked" after the same number of
 * tries), so the login page never tells which usernames exist. It lives in memory and forgets
 * the least recently tried names first, which is all the mimicry needs.
 */
@Component
class UnknownUsernameLockout {

    private static final int CAPACITY = 10_000;

    private final LockoutPolicy policy;
    private final Map<String, LockoutPolicy.LoginFailures> failures =
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, LockoutPolicy.LoginFailures> eldest) {
                    return size() > CAPACITY;
                }
            };

    UnknownUsernameLockout(SecurityProperties properties) {
        this.policy = properties.lockoutPolicy();
    }

    synchronized boolean isLocked(String username, Instant now) {
        LockoutPolicy.LoginFailures state = failures.get(username);
        return state != null && state.lockedAt(now);
    }

    /** Records a failure and returns true when it reached the lock-out threshold. */
    synchronized boolean recordFailure(String username, Instant now) {
        LockoutPolicy.LoginFailures after = policy.afterFailure(
                failures.getOrDefault(username, LockoutPolicy.LoginFailures.NONE), now);
        failures.put(username, after);
        return after.lockedAt(now);
    }
}
