package org.dancu.national.internal;

import java.util.List;

import org.dancu.national.NationalField;
import org.dancu.register.IdentityFacts;

/**
 * One person's result: MATCH when every compared field agrees, UNKNOWN when none does (the
 * national database does not know the ID), MISMATCH otherwise, with the disagreeing fields. The
 * communes and whether the person was a living resident when checked place the result in the
 * verified share of the steering dashboard.
 */
record PersonCheck(long personId, String pin, String communeCode, String currentCommuneCode, boolean livingResident,
                   String status, List<NationalField> fields) {

    static PersonCheck of(IdentityFacts person, List<NationalField> compared, List<NationalField> disagreeing) {
        String status = disagreeing.isEmpty() ? "MATCH"
                : disagreeing.size() == compared.size() ? "UNKNOWN" : "MISMATCH";
        return new PersonCheck(person.personId(), person.pin(), person.communeCode(), person.currentCommuneCode(),
                person.alive() && person.resident(), status, List.copyOf(disagreeing));
    }
}
