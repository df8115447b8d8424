package org.dancu.register;

import java.util.Optional;

/** Reads a household for the signed-in officer, auditing every member shown before returning it. */
public interface HouseholdRecords {

    /**
     * @return empty when the household is unknown or its commune lies outside the officer's scope
     */
    Optional<HouseholdView> read(long householdId, String origin);
}
