package org.dancu.linkage;

/** What to do with a record's best candidate. */
public enum Decision {
    /** Linked automatically. */
    MATCH,
    /** A person must look: probable, or one of several close candidates. */
    REVIEW,
    /** No candidate is likely enough; the person may not be in the register. */
    NONMATCH;

    /** As written in LINKS.csv. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
