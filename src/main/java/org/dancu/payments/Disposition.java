package org.dancu.payments;

/** How an officer resolves a payment exception (docs/payments.md, "Reconciliation and exceptions"). */
public enum Disposition {
    /** Pay the returned amount again, as a line of the programme's next cycle. */
    REPAY,
    /** Pay the returned amount in cash through the postal operator: the line becomes CASH_DUE. */
    CASH,
    /** Claim back a payment that should not have been made (paid after the person's death). */
    RECOVER,
    /** Do not pay: the line is cancelled, with the officer's reason. */
    CANCEL
}
