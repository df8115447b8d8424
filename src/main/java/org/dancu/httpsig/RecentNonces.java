package org.dancu.httpsig;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Nonces kept in this process's memory, for a single server (a simulator, a test). Each claim
 * forgets the nonces whose time is over.
 */
public final class RecentNonces implements NonceRegistry {

    private final Map<String, Instant> keptUntil = new ConcurrentHashMap<>();

    @Override
    public boolean claim(String keyId, String nonce, Instant keepUntil) {
        Instant now = Instant.now();
        keptUntil.values().removeIf(until -> until.isBefore(now));
        return keptUntil.putIfAbsent(keyId + ' ' + nonce, keepUntil) == null;
    }
}
