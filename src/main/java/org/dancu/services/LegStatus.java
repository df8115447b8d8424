package org.dancu.services;

/** Where a leg stands. */
public enum LegStatus {
    /** Waiting for the leg it follows (a bundle's parallel legs wait for civil status). */
    WAITING,
    IN_PROGRESS,
    /** Waiting for the applicant's missing items; its clock stands still. */
    SUSPENDED,
    COMPLETED,
    REFUSED,
    /** Not done because the case ended first (withdrawn, or the first leg refused). */
    CANCELLED
}
