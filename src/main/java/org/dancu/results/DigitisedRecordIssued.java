package org.dancu.results;

import java.util.Set;

import org.dancu.steering.CountedDataChanged;

/**
 * A digitised record was issued as a result marked "digitised from paper": the commune's digitisation
 * progress changed.
 *
 * @param recordId    the digitised record
 * @param code        the result issued
 * @param communeCode the commune whose register book it came from
 */
public record DigitisedRecordIssued(long recordId, ResultCode code, String communeCode) implements CountedDataChanged {

    @Override
    public Set<String> communes() {
        return Set.of(communeCode);
    }
}
