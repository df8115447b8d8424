package org.dancu.security;

/**
 * A rate limit's bucket: refilled continuously at so many tokens a minute and holding at most one minute's
 * worth; each request takes one. The rate is given at every call, so a changed limit applies at once. The
 * partner API limits each partner with one, the public result pages each client address.
 */
public final class TokenBucket {

    private double tokens;
    private long updated;

    /** A full bucket at the time given ({@link System#nanoTime()}). */
    public TokenBucket(int perMinute, long nowNanos) {
        this.tokens = perMinute;
        this.updated = nowNanos;
    }

    /** Takes one token; false when none is left. */
    public synchronized boolean take(int perMinute, long nowNanos) {
        refill(perMinute, nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Whether the bucket has filled up again: its owner has been quiet for a while and it can be forgotten. */
    public synchronized boolean full(int perMinute, long nowNanos) {
        refill(perMinute, nowNanos);
        return tokens >= perMinute;
    }

    private void refill(int perMinute, long now) {
        tokens = Math.min(perMinute, tokens + (now - updated) * perMinute / 60e9);
        updated = now;
    }
}
