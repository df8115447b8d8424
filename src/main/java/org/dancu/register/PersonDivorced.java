package org.dancu.register;

import java.time.LocalDate;

/** A divorce was recorded for a person. The commune is the permanent one after the event. */
public record PersonDivorced(long personId, String communeCode, LocalDate effectiveDate) {
}
