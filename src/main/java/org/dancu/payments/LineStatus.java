package org.dancu.payments;

/** Where one payment to one person stands. */
public enum LineStatus {
    /** In a cycle not yet sent. */
    PENDING,
    /** Stopped before leaving (a death, a move out of the province, an account not verified). */
    HELD,
    /** In a pain.001 file the bank received. */
    SENT,
    /** The bank accepted it (pain.002), the credit is not yet booked. */
    ACCEPTED,
    /** Credited to the account (camt.054 or camt.053). */
    PAID,
    /** Rejected or returned by the bank, with a reason code: an exception to resolve. */
    RETURNED,
    /** To be paid in cash by the postal operator. */
    CASH_DUE,
    /** Paid in cash, with the postal operator's receipt. */
    PAID_CASH,
    /** Not to be paid (an exception's disposition, a held line dropped at settlement). */
    CANCELLED;

    /** Paid, in either way. */
    public boolean paid() {
        return this == PAID || this == PAID_CASH;
    }
}
