package org.dancu.register;

import java.time.Instant;

/**
 * An officer accepted a citizen's correction request; the record was corrected in the same transaction
 * (one {@link PersonCorrected} per field).
 *
 * @param by the officer's staff account
 */
public record CorrectionAccepted(long requestId, long personId, String by, Instant at) {
}
