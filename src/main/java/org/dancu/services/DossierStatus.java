package org.dancu.services;

/** Where a dossier stands as a whole. */
public enum DossierStatus {
    IN_PROGRESS,
    /** At least one leg waits for the applicant's missing items. */
    SUSPENDED,
    /** Every leg completed. */
    COMPLETED,
    /** Some legs completed, others refused: each outcome is said per leg. */
    PARTLY_COMPLETED,
    REFUSED,
    WITHDRAWN
}
