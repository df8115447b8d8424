package org.dancu.exchange.gateway;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dancu.security.TokenBucket;
import org.springframework.stereotype.Component;

/**
 * A {@link TokenBucket} per partner, refilled continuously at the policy's rate and holding at most one
 * minute's worth. Kept in memory: with several gateway servers each enforces the rate on its own
 * share of the traffic (docs/exchange.md).
 */
@Component
class RateLimits {

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** Takes one token; false when the partner has none left. */
    boolean tryAcquire(String partnerCode, int perMinute, long nowNanos) {
        return buckets.computeIfAbsent(partnerCode, code -> new TokenBucket(perMinute, nowNanos))
                .take(perMinute, nowNanos);
    }
}
