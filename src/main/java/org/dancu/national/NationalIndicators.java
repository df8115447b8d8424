package org.dancu.national;

/**
 * The code of the steering indicator the national module declares and counts (docs/national.md);
 * its wording is in the national module's message bundle.
 */
public final class NationalIndicators {

    /** Living residents whose record matches the national population database. */
    public static final String VERIFIED_NATIONAL = "REG_VERIFIED_NATIONAL";

    private NationalIndicators() {
    }
}
