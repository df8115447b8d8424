package org.dancu.exchange.gateway;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * A token bucket per partner, refilled continuously at the policy's rate and holding at most one
 * minute's worth. Kept in memory: with several gateway servers each enforces the rate on its own
 * share of the traffic (docs/exchange.md).
 */
@Component
class RateLimits {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one token; false when the partner has none left. */
    boolean tryAcquire(String partnerCode, int perMinute, long nowNanos) {
        return buckets.computeIfAbsent(partnerCode, code -> new Bucket(perMinute, nowNanos))
                .take(perMinute, nowNanos);
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(int perMinute, long now) {
            this.tokens = perMinute;
            this.updated = now;
        }

        synchronized boolean take(int perMinute, long now) {
            tokens = Math.min(perMinute, tokens + (now - updated) * perMinute / 60e9);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
