package org.dancu.national.internal;

import java.util.List;

import org.dancu.national.NationalField;
import org.dancu.register.RegisteredPerson;

/**
 * One person's result: MATCH when every compared field agrees, UNKNOWN when none does (the
 * national database does not know the ID), MISMATCH otherwise, with the disagreeing fields. The
 * commune as recorded at the check places an open mismatch in the officers' work list.
 */
record PersonCheck(long personId, String pin, String communeCode, String status, List<NationalField> fields) {

    static PersonCheck of(RegisteredPerson person, List<NationalField> compared, List<NationalField> disagreeing) {
        String status = disagreeing.isEmpty() ? "MATCH"
                : disagreeing.size() == compared.size() ? "UNKNOWN" : "MISMATCH";
        return new PersonCheck(person.personId(), person.pin().value(), person.communeCode(), status,
                List.copyOf(disagreeing));
    }
}
