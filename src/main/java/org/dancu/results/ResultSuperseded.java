package org.dancu.results;

/** A result was replaced by a corrected successor; it stays on record, no longer valid. */
public record ResultSuperseded(ResultCode code, ResultCode successor) {
}
