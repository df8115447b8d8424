package org.dancu.register;

import java.time.LocalDate;

import org.dancu.steering.CountedDataChanged;

/**
 * One field of a person was corrected; the value itself is not carried, a listener reads it if it
 * must. The commune is the permanent one after the event.
 */
public record PersonCorrected(long personId, String communeCode, PersonField field, LocalDate effectiveDate) implements CountedDataChanged {
}
