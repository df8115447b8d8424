package org.dancu.payments;

/**
 * The answer of the check that an account's holder, as the bank names them, is the register's person
 * (as Verification of Payee answers). Only {@link #MATCH} lets money go to the account; a close match
 * goes to an officer's review.
 */
public enum NameVerdict {
    MATCH,
    CLOSE_MATCH,
    NO_MATCH,
    /** The bank could not answer, or its answer is too masked to compare. */
    NOT_POSSIBLE
}
