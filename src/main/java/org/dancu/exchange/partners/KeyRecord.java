package org.dancu.exchange.partners;

import java.time.Instant;

/** A key as the administrator sees it: the SHA-256 of its raw bytes stands for the key. */
record KeyRecord(String keyId, String partnerCode, String fingerprint, String addedBy, Instant addedAt,
                 Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
