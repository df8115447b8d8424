package org.dancu.smssim;

import java.time.Instant;

/**
 * A text message the simulated gateway received.
 *
 * @param repeats how often the same idempotency key came again (and was not sent again)
 */
public record SimulatedSms(String idempotencyKey, String phone, String text, Instant receivedAt, int repeats) {
}
