package org.dancu.results.digitising.reading;

/** Why a scanned page gave no fields. */
public enum PageProblem {
    /** Next to no ink on the page: an empty sheet or the back of one. */
    BLANK,
    /** Ink, but no text could be read from it: noise, a photograph, a page too damaged or too faint. */
    UNREADABLE,
    /** Readable text, but neither known form's printed labels: a page of another document. */
    WRONG_FORM
}
