package org.dancu.register;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Looks persons up by personal ID for systems rather than officers: no staff scope applies and
 * nothing is audited here, so the caller must write its own audit entry before any fact (or any
 * answer derived from one) leaves the system.
 */
public interface RegisterFacts {

    /** The person holding this 12-digit ID; empty when the register has none. */
    Optional<IdentityFacts> byPin(String pin);

    /** The persons holding any of these IDs (unknown ones are simply absent), in no particular order. */
    List<IdentityFacts> byPins(Collection<String> pins);

    /** Up to {@code limit} persons holding an ID, in person-id order after {@code personId}: for batch work that resumes. */
    List<IdentityFacts> after(long personId, int limit);

    /** How many persons hold an ID. */
    long countWithPin();

    /** Living residents by commune as recorded and current commune: the population a share of persons is of. */
    List<ResidentCount> livingResidentsByCommune();

    /**
     * Those of these persons (by register id) who are living residents now, by commune as recorded
     * and current commune: a share's numerator counted where, and only while, its denominator counts
     * the same persons.
     */
    List<ResidentCount> livingResidentsByCommune(long[] personIds);
}
