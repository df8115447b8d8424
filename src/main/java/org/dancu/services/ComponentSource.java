package org.dancu.services;

/** Where a dossier component can come from. The state's own sources are never asked of the applicant. */
public enum ComponentSource {
    /** Read from the population register. */
    REGISTER,
    /** An earlier result in the results register. */
    RESULT,
    /** A file the applicant uploads (or the counter scans). */
    UPLOAD,
    /** What the applicant declares in the form. */
    DECLARATION;

    /** Does the state already hold a component from this source? */
    public boolean heldByState() {
        return this == REGISTER || this == RESULT;
    }
}
