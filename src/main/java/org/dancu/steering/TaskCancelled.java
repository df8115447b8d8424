package org.dancu.steering;

import java.time.Instant;

/**
 * A steering committee task was cancelled by the committee.
 *
 * @param taskId the task
 * @param by     who did it (a staff account id)
 * @param at     when
 */
public record TaskCancelled(long taskId, String by, Instant at) {
}
