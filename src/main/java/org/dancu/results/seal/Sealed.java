package org.dancu.results.seal;

/**
 * A record's seal: the id of the key that signed it and the COSE_Sign1 message (RFC 9052, ES256, the key id in
 * the protected header) over the record, the payload detached.
 */
public record Sealed(String keyId, byte[] signature) {
}
