package org.dancu.results;

/** Where a result stands: valid, replaced by a corrected successor, or revoked with a reason. */
public enum ResultStatus {
    VALID,
    SUPERSEDED,
    REVOKED
}
