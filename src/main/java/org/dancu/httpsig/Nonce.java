package org.dancu.httpsig;

import java.time.Instant;

/**
 * A verified signature's nonce: what a {@link NonceRegistry}, or the caller's own store, must claim
 * before the request is accepted, and how long it must be kept (until the request would be stale).
 */
public record Nonce(String keyId, String value, Instant keepUntil) {

    /** One text for the key and the nonce together (a key id holds no space). */
    public String key() {
        return keyId + ' ' + value;
    }
}
