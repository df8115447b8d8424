package org.dancu.register;

/** Where a citizen's correction request stands. */
public enum CorrectionState {
    /** Waiting for a commune officer. */
    SUBMITTED,
    /** Accepted: the record was corrected as the citizen asked. */
    ACCEPTED,
    /** Rejected, with the officer's reason. */
    REJECTED,
    /** Withdrawn by the citizen before a decision. */
    WITHDRAWN
}
