package org.dancu.payments;

import java.util.Set;

import org.dancu.steering.CountedDataChanged;

/** Lines of a cycle became paid (by a bank's booking or a postal receipt) in these communes. */
public record PaymentsBooked(long cycleId, int lines, Set<String> communeCodes) implements CountedDataChanged {

    /** The communes of the lines, so that steering recounts only their figures (docs/steering.md). */
    @Override
    public Set<String> communes() {
        return communeCodes;
    }
}
