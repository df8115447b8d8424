package org.dancu.payments.bank;

/**
 * A bank's answer to a name check.
 *
 * @param holderName the holder's name as the bank gives it (upper-case, unaccented, often masked:
 *                   {@code NGUYEN V** A**}); null unless {@code ACTIVE}
 */
public record NameAnswer(Status status, String holderName) {

    public enum Status {
        ACTIVE,
        /** No such account at this bank. */
        UNKNOWN,
        CLOSED,
        BLOCKED,
        /** The bank does not answer name checks, or did not answer in time. */
        UNAVAILABLE
    }
}
