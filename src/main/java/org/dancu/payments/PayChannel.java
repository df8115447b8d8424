package org.dancu.payments;

/** How a line is paid. Only the first two count as non-cash. */
public enum PayChannel {
    BANK_ACCOUNT,
    E_WALLET,
    /** In cash at a postal payment point. */
    POST_CASH,
    /** In cash at home by the postal operator (the very old, the bedridden). */
    POST_HOME;

    public boolean nonCash() {
        return this == BANK_ACCOUNT || this == E_WALLET;
    }
}
