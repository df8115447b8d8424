package org.dancu.steering;

import java.time.Instant;

/**
 * An administrator withdrew an API client's token: the indicators API refuses it from then on.
 *
 * @param clientId the API client
 * @param by       who did it (a staff account id)
 * @param at       when
 */
public record ApiClientRevoked(long clientId, String by, Instant at) {
}
