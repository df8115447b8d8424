package org.dancu.cleansing.evaluation;

import java.util.Locale;

/** Why a criterion passed, failed or waits; each has a message {@code cleansing.reason.<code>}. */
public enum Reason {
    // correct
    CONSISTENT, PIN_INVALID, PIN_SEX_MISMATCH, PIN_YEAR_MISMATCH, PIN_DIFFERS, NAME_DIFFERS, BIRTH_DIFFERS,
    SEX_DIFFERS,
    // complete
    ALL_REQUIRED, MISSING_FIELDS,
    // clean
    LINKED_ONCE, DUPLICATE, NOT_NORMALISED, MIS_DECODED,
    // live
    CURRENT, PERSON_DIED, MOVED_OUT, RESIDENCE_OUTDATED,
    // several
    NOT_LINKED, IN_REVIEW;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
