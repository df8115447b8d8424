package org.dancu.results;

/** A result was revoked; it stays on record with the reason, no longer valid. */
public record ResultRevoked(ResultCode code, String reason) {
}
