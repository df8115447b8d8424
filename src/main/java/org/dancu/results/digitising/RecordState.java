package org.dancu.results.digitising;

/**
 * Where a digitised record stands in the queue: waiting for two digitisers' entries, their entries
 * disagreeing and waiting for a clerk, waiting for a spot-checker, approved and about to be issued, or
 * issued as a result.
 */
public enum RecordState {
    TO_ENTER, DISAGREED, TO_CHECK, APPROVED, ISSUED;

    /** The words for the state in the results bundle. */
    public String messageKey() {
        return "results.digitising.state." + name();
    }
}
