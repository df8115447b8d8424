package org.dancu.httpsig;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Nonces kept in this process's memory, for a single server (a simulator, a test). Nonces whose
 * time is over are forgotten at most once a second, by whichever claim comes first.
 */
public final class RecentNonces implements NonceRegistry {

    private final Map<String, Instant> keptUntil = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep = new AtomicLong();

    @Override
    public boolean claim(String keyId, String nonce, Instant keepUntil) {
        Instant now = Instant.now();
        long due = nextSweep.get();
        if (now.getEpochSecond() >= due && nextSweep.compareAndSet(due, now.getEpochSecond() + 1)) {
            keptUntil.values().removeIf(until -> until.isBefore(now));
        }
        return keptUntil.putIfAbsent(keyId + ' ' + nonce, keepUntil) == null;
    }
}
