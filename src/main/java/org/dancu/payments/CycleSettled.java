package org.dancu.payments;

import java.util.Set;

import org.dancu.steering.CountedDataChanged;

/** Every line of a cycle is paid or has a disposition, and the totals agree. */
public record CycleSettled(long cycleId, ProgrammeCode programme, String period, Set<String> communeCodes)
        implements CountedDataChanged {

    /** The communes of the lines, so that steering recounts only their figures (docs/steering.md). */
    @Override
    public Set<String> communes() {
        return communeCodes;
    }
}
