package org.dancu.results;

/**
 * The kinds of result the register holds. Land and housing results carry the parcel they concern
 * ({@link #carriesParcel()}).
 */
public enum ResultType {
    BIRTH_EXTRACT,
    DEATH_EXTRACT,
    RESIDENCE_CONFIRMATION,
    LAND_USE_CERTIFICATE,
    LAND_RIGHT_CHANGE,
    HOUSING_RIGHT_CHANGE,
    PAYMENT_RECEIPT,
    /** A child's health-insurance card (the birth bundle's social-insurance leg). */
    HEALTH_INSURANCE_CARD,
    /** The police's confirmation that a deceased person's permanent residence was removed. */
    RESIDENCE_REMOVAL,
    /** The commune chairman's decision granting the funeral allowance. */
    FUNERAL_ALLOWANCE_DECISION,
    /** Social insurance's decision granting the survivor allowance. */
    SURVIVOR_ALLOWANCE_DECISION;

    /** Does a result of this type name a land parcel ({@link ParcelRef})? */
    public boolean carriesParcel() {
        return this == LAND_USE_CERTIFICATE || this == LAND_RIGHT_CHANGE || this == HOUSING_RIGHT_CHANGE;
    }
}
