package org.dancu.results.internal;

/**
 * What a result's seal covers and is: the canonical record's bytes ({@link CanonicalRecord}), and the
 * signature over them by the province key {@code keyId} (the hash is in the result itself).
 */
public record SealedRecord(byte[] canonical, byte[] signature) {
}
