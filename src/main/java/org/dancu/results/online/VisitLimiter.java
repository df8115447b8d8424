package org.dancu.results.online;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dancu.security.TokenBucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most so many look-ups a minute from one client address (a {@link TokenBucket}, refilled continuously,
 * holding one minute's worth), so that nobody walks the space of public ids or share links, and a flood does
 * not fill the ledger. Kept in memory per instance, as the partner API's rate limits are (operations.md, "Several
 * instances"); a bucket left full is dropped at the next sweep, so addresses seen once hold no memory.
 */
@Component
final class VisitLimiter {

    private static final int SWEEP_EVERY = 10_000;

    private final int perMinute;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private int sinceSweep;

    VisitLimiter(@Value("${dancu.results.online.visits-per-minute:60}") int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("at least one visit a minute");
        }
        this.perMinute = perMinute;
    }

    /** Takes one visit for the address; false when it has none left this minute. */
    boolean tryVisit(String address, long nowNanos) {
        sweepNow(nowNanos);
        return buckets.computeIfAbsent(address, key -> new TokenBucket(perMinute, nowNanos)).take(perMinute, nowNanos);
    }

    private void sweepNow(long nowNanos) {
        synchronized (this) {
            if (++sinceSweep < SWEEP_EVERY) {
                return;
            }
            sinceSweep = 0;
        }
        buckets.values().removeIf(bucket -> bucket.full(perMinute, nowNanos));
    }
}
