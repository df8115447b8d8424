package org.dancu.cleansing;

import org.dancu.steering.CountedDataChanged;

/**
 * The four criteria of {@code records} records were stored: a dataset's evaluation ended, or records
 * were re-evaluated after a review decision or a register event. Counts only, no personal data.
 */
public record RecordsEvaluated(int records) implements CountedDataChanged {
}
