package org.dancu.results.internal;

/**
 * What a result's seal covers and is: the canonical record's bytes ({@link CanonicalRecord}), the
 * signature over them by the province key {@code keyId} (the hash is in the result itself), and the
 * offline QR's text, signed once when the result was issued.
 */
public record SealedRecord(byte[] canonical, byte[] signature, String offlineText) {
}
