package org.dancu.register;

import java.time.Instant;

/** The citizen withdrew their correction request before an officer decided it. */
public record CorrectionWithdrawn(long requestId, long personId, Instant at) {
}
