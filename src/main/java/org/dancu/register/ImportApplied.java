package org.dancu.register;

import org.dancu.steering.CountedDataChanged;

/**
 * An import job was applied: {@code added} persons entered the register in one transaction. Carries
 * no personal data; a listener that needs the persons reads them.
 */
public record ImportApplied(long jobId, long added) implements CountedDataChanged {
}
