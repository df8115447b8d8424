package org.dancu.results.seal;

/**
 * A result's seal: the id of the key that signed it and the offline QR's text, whose COSE_Sign1 message (RFC 9052,
 * ES256, the key id in the protected header) carries the result's minimal claims and the SHA-256 of its canonical
 * record. One signature covers both the record and what the QR shows.
 */
public record Sealed(String keyId, String offlineText) {
}
