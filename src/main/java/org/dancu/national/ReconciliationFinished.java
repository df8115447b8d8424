package org.dancu.national;

import org.dancu.steering.CountedDataChanged;

/** A reconciliation run with the national database checked its last person. Counts only. */
public record ReconciliationFinished(long runId, long checked) implements CountedDataChanged {
}
