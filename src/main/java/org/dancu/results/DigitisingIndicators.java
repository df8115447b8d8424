package org.dancu.results;

/**
 * The codes of the steering indicators the results module declares and counts: how far each commune's
 * paper archive of a record type is digitised (docs/results.md, "Digitising paper archives"); their
 * wording is in the results bundle.
 */
public final class DigitisingIndicators {

    /** Land-use right certificates issued from paper, of the uploaded pages that are not blank. */
    public static final String LAND = "DIGITISED_LAND";
    /** Birth register extracts issued from paper, of the uploaded pages that are not blank. */
    public static final String BIRTH = "DIGITISED_BIRTH";

    private DigitisingIndicators() {
    }
}
