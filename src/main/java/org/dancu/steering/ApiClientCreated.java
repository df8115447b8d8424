package org.dancu.steering;

import java.time.Instant;

/**
 * An administrator gave a system a token for the indicators API.
 *
 * @param clientId     the API client
 * @param localityCode the unit whose figures it may read
 * @param by           who did it (a staff account id)
 * @param at           when
 */
public record ApiClientCreated(long clientId, String localityCode, String by, Instant at) {
}
