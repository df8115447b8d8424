package org.dancu.notify;

import java.time.Instant;

/** A message in a citizen's in-portal inbox. */
public record InboxMessage(MessageId id, String subject, String body, Instant receivedAt) {
}
