package org.dancu.notify;

/** A message in the outbox; also the idempotency key its delivery carries. */
public record MessageId(long value) {

    public MessageId {
        if (value <= 0) {
            throw new IllegalArgumentException("a message id is positive");
        }
    }
}
