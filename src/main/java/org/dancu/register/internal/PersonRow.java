package org.dancu.register.internal;

import org.dancu.register.PersonSummary;

/** A search result as the page shows it: the commune is the current (post-2025) one, by name. */
public record PersonRow(long personId, String maskedPin, String fullName, String birthDate, String sex, String commune) {

    /** The person with the ID as the page shows it and the current commune by name. */
    public static PersonRow of(PersonSummary person, String shownPin, CommuneNames communes) {
        return new PersonRow(person.personId(), shownPin, person.fullName(), person.birthDate(), person.sex(),
                communes.of(person.currentCommuneCode()));
    }
}
