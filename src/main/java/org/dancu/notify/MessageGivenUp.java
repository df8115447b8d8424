package org.dancu.notify;

/** A message will not be delivered: {@code failureKey} says why (words in the notify bundle). */
public record MessageGivenUp(MessageId id, Channel channel, int attempts, String failureKey) {
}
