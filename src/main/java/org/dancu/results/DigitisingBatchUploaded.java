package org.dancu.results;

import java.util.Set;

import org.dancu.steering.CountedDataChanged;

/**
 * A batch of scans of one commune's register book was uploaded: the pages its digitisation progress
 * counts changed.
 *
 * @param batchId     the batch
 * @param communeCode its commune
 * @param pages       how many pages it holds
 */
public record DigitisingBatchUploaded(long batchId, String communeCode, int pages) implements CountedDataChanged {

    @Override
    public Set<String> communes() {
        return Set.of(communeCode);
    }
}
