package org.dancu.steering;

import java.time.Instant;

/**
 * A steering committee task was reopened after it was done or cancelled.
 *
 * @param taskId the task
 * @param by     who did it (a staff account id)
 * @param at     when
 */
public record TaskReopened(long taskId, String by, Instant at) {
}
