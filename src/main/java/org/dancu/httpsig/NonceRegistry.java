package org.dancu.httpsig;

import java.time.Instant;

/**
 * Where the nonces of accepted signatures are kept until they can no longer be fresh. Servers that
 * share the load share one registry (for example a database table), or a replay could be accepted
 * by the other server.
 */
@FunctionalInterface
public interface NonceRegistry {

    /**
     * Records the key's nonce until {@code keepUntil}; false when it is recorded already. Must be
     * atomic: of two concurrent claims of one nonce, exactly one succeeds.
     */
    boolean claim(String keyId, String nonce, Instant keepUntil);
}
