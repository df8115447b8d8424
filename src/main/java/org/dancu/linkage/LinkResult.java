package org.dancu.linkage;

import java.util.Locale;
import java.util.Optional;

/**
 * A record's best candidate: {@code personId} is null when blocking found none. The explanation is
 * the best candidate's; {@code candidates} counts the pairs scored for this record, and
 * {@code runnerUpProbability} is the second-best candidate's probability (0 when none). The
 * second-best candidate is {@code runnerUpId} (null when none); its explanation is given for a
 * record sent to review, where a person compares the two, and null otherwise.
 */
public record LinkResult(String recordId, String personId, double probability, Decision decision,
                         Explanation explanation, int candidates, double runnerUpProbability, String runnerUpId,
                         Explanation runnerUpExplanation) {

    public Optional<String> person() {
        return Optional.ofNullable(personId);
    }

    /** A probability as LINKS.csv writes it, whichever runner wrote it: six decimals. */
    public static String probabilityText(double probability) {
        return String.format(Locale.ROOT, "%.6f", probability);
    }
}
