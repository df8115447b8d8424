package org.dancu.register;

import java.time.LocalDate;

import org.dancu.steering.CountedDataChanged;

/**
 * A person's death was recorded. The commune is the permanent one after the event.
 */
public record PersonDied(long personId, String communeCode, LocalDate effectiveDate) implements CountedDataChanged {
}
