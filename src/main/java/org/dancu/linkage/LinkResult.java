package org.dancu.linkage;

import java.util.Optional;

/**
 * A record's best candidate: {@code personId} is null when blocking found none. The explanation is
 * the best candidate's; {@code candidates} counts the pairs scored for this record, and
 * {@code runnerUpProbability} is the second-best candidate's probability (0 when none).
 */
public record LinkResult(String recordId, String personId, double probability, Decision decision,
                         Explanation explanation, int candidates, double runnerUpProbability) {

    public Optional<String> person() {
        return Optional.ofNullable(personId);
    }
}
