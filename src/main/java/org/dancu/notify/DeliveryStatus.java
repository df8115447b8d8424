package org.dancu.notify;

import java.time.Instant;

/**
 * A message's delivery as the sender may follow it.
 *
 * @param failureKey the message key of the last failure (words in the notify bundle), or null
 * @param sentAt     when the channel accepted it, or null
 */
public record DeliveryStatus(MessageId id, Channel channel, MessageState state, int attempts, String failureKey,
                             Instant sentAt) {
}
