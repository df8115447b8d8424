package org.dancu.notify;

/** A message was accepted by its channel. */
public record MessageSent(MessageId id, Channel channel, int attempts) {
}
