package org.dancu.exchange.citizen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dancu.exchange.gateway.ExchangeProperties;
import org.springframework.stereotype.Component;

/**
 * How many one-time codes a client address, and an ID, may ask for within an hour: enough for a
 * citizen who mistypes, too few to flood phones or to guess codes at scale.
 */
@Component
class CitizenThrottle {

    private static final long HOUR_NANOS = 3_600_000_000_000L;
    private static final int PURGE_ABOVE = 10_000;

    private final Map<String, Deque<Long>> requests = new ConcurrentHashMap<>();
    private final ExchangeProperties properties;

    CitizenThrottle(ExchangeProperties properties) {
        this.properties = properties;
    }

    /** Counts a request against both keys; false (and nothing counted) when either is used up. */
    synchronized boolean tryAcquire(String address, String pin, long nowNanos) {
        if (requests.size() > PURGE_ABOVE) {
            requests.values().forEach(times -> expire(times, nowNanos));
            requests.values().removeIf(Deque::isEmpty);
        }
        Deque<Long> byAddress = requests.computeIfAbsent("addr:" + address, k -> new ArrayDeque<>());
        Deque<Long> byPin = requests.computeIfAbsent("pin:" + pin, k -> new ArrayDeque<>());
        expire(byAddress, nowNanos);
        expire(byPin, nowNanos);
        int limit = properties.citizenCodesPerHour();
        if (byAddress.size() >= limit || byPin.size() >= limit) {
            return false;
        }
        byAddress.addLast(nowNanos);
        byPin.addLast(nowNanos);
        return true;
    }

    private static void expire(Deque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() > HOUR_NANOS) {
            times.removeFirst();
        }
    }
}
