package org.dancu.register;

import java.time.LocalDate;

/** A person's death was recorded. The commune is the permanent one after the event. */
public record PersonDied(long personId, String communeCode, LocalDate effectiveDate) {
}
