package org.dancu.register;

import java.time.Instant;

/**
 * An officer rejected a citizen's correction request with a reason (read the request for it); the record
 * is unchanged.
 *
 * @param by the officer's staff account
 */
public record CorrectionRejected(long requestId, long personId, String by, Instant at) {
}
