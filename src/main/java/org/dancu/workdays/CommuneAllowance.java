package org.dancu.workdays;

import java.util.Set;

/**
 * Extra working days a rule grants to dossiers of some communes (for instance communes far from the
 * centre or without a connection).
 */
public record CommuneAllowance(Set<String> communeCodes, int extraDays) {

    public CommuneAllowance {
        communeCodes = Set.copyOf(communeCodes);
        if (extraDays < 0) {
            throw new IllegalArgumentException("extra days are at least 0: " + extraDays);
        }
    }

    /** The limit as it applies to a dossier of the given commune. */
    public TimeLimit applyTo(TimeLimit limit, String communeCode) {
        return communeCodes.contains(communeCode) ? limit.plusWorkingDays(extraDays) : limit;
    }
}
