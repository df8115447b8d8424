package org.dancu.register;

import java.time.LocalDate;

/**
 * What other modules match their records against: a person's identifying and residence facts as the
 * register holds them now. Carries personal data; callers keep it out of logs and audit what they show.
 *
 * @param sex                  M, F or U
 * @param birthDate            as recorded: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param communeCode          permanent residence, as recorded (old or new code)
 * @param currentCommuneCode   the permanent residence's commune in the current hierarchy, may be null
 */
public record PersonFact(long personId, String pin, String oldId, String fullName, String birthDate, String sex,
                         String communeCode, String currentCommuneCode, String address, boolean alive,
                         LocalDate deathDate, boolean resident) {

    @Override
    public String toString() {
        return "PersonFact[" + personId + "]";
    }
}
