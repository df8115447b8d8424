package org.dancu.results.digitising;

/**
 * Why a read record goes to double entry rather than straight on: OCR is unsure of a field, a person it
 * names needs a person's review to be linked to the register, an ID it read is not in the register
 * (flagged, never trusted), or a spot-checker sent it back.
 */
public enum EntryReason {
    UNSURE_FIELD, LINKAGE_TO_REVIEW, UNKNOWN_ID, RETURNED;

    public String messageKey() {
        return "results.digitising.reason." + name();
    }
}
