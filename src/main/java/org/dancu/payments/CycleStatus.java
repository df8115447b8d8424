package org.dancu.payments;

/**
 * A cycle's way: its list is open until the cut-off, then locked; a maker prepares it (lines, control
 * totals), a different checker approves it, its files go to the banks, and it is settled once every line
 * is paid or has a disposition and the totals agree.
 */
public enum CycleStatus {
    OPEN,
    LOCKED,
    PREPARED,
    APPROVED,
    SENT,
    SETTLED
}
