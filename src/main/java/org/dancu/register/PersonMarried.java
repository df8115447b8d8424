package org.dancu.register;

import java.time.LocalDate;

/** A marriage was recorded for a person (each spouse gets an event of their own). The commune is the permanent one after the event. */
public record PersonMarried(long personId, String communeCode, LocalDate effectiveDate) {
}
