package org.dancu.national.internal;

import java.util.List;

import org.dancu.national.NationalField;

/**
 * One person's result: MATCH when every compared field agrees, UNKNOWN when none does (the
 * national database does not know the ID), MISMATCH otherwise, with the disagreeing fields.
 */
record PersonCheck(long personId, String pin, String communeCode, String status, List<NationalField> fields) {

    static PersonCheck of(long personId, String pin, String communeCode, List<NationalField> compared,
                          List<NationalField> disagreeing) {
        String status = disagreeing.isEmpty() ? "MATCH"
                : disagreeing.size() == compared.size() ? "UNKNOWN" : "MISMATCH";
        return new PersonCheck(personId, pin, communeCode, status, List.copyOf(disagreeing));
    }
}
