package org.dancu.register;

import java.time.LocalDate;

/** A person entered the register by a birth registration. The commune is the permanent one after the event. */
public record PersonRegistered(long personId, String communeCode, LocalDate birthDate, LocalDate effectiveDate) {
}
