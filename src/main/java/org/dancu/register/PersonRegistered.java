package org.dancu.register;

import java.time.LocalDate;

import org.dancu.steering.CountedDataChanged;

/**
 * A person entered the register by a birth registration or an officer's registration of one person
 * (an import publishes one {@link PersonsImported} instead). The commune is the permanent one after the event; the birth date is
 * the earliest day a partial birth date allows.
 */
public record PersonRegistered(long personId, String communeCode, LocalDate birthDate, LocalDate effectiveDate) implements CountedDataChanged {
}
