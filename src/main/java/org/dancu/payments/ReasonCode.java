package org.dancu.payments;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ISO 20022 status reason codes a bank returns that this module acts on; their words are in the
 * payments bundle ({@code payments.reason.<code>}).
 */
public enum ReasonCode {
    /** Incorrect account number. */
    AC01,
    /** Closed account. */
    AC04,
    /** Blocked account. */
    AC06,
    /** Transaction forbidden on this account. */
    AG01,
    /** Duplicate payment. */
    AM05,
    /** End customer deceased. */
    MD07,
    /** Inconsistent with end customer (the name does not match the account). */
    BE01;

    public static Optional<ReasonCode> of(String code) {
        return Arrays.stream(values()).filter(reason -> reason.name().equals(code)).findFirst();
    }
}
