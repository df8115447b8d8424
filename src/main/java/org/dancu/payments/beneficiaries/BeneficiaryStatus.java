package org.dancu.payments.beneficiaries;

/** Where a decision's beneficiary stands; only {@link #ACTIVE} ones are paid. */
enum BeneficiaryStatus {
    /** Entered, not yet linked to the register. */
    TO_LINK,
    /** The linkage engine proposed persons but is not sure: an officer picks one. */
    TO_REVIEW,
    /** Linked to an eligible register person: paid from the start day. */
    ACTIVE,
    /** The register's person is not eligible (dead, not resident, of another age) or nobody is the person. */
    INELIGIBLE,
    /** No longer paid (the decision ended, the person died or moved out of the province). */
    ENDED
}
