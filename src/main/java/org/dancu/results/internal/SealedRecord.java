package org.dancu.results.internal;

/**
 * What a result's seal covers and is: the canonical record's bytes ({@link CanonicalRecord}; their hash is in the
 * result itself) and the offline QR's text, signed once when the result was issued, whose signed claims carry that
 * hash: the one signature on the result.
 */
public record SealedRecord(byte[] canonical, String offlineText) {
}
