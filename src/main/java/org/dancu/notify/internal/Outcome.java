package org.dancu.notify.internal;

/**
 * What a channel made of one message.
 *
 * @param failureKey why it failed (a message key), null when delivered
 */
record Outcome(Kind kind, String failureKey) {

    enum Kind {
        DELIVERED,
        /** May pass: try again after the back-off. */
        FAILED,
        /** Will not pass: give up. */
        REFUSED
    }

    static final Outcome DELIVERED = new Outcome(Kind.DELIVERED, null);

    static Outcome failed(String key) {
        return new Outcome(Kind.FAILED, key);
    }

    static Outcome refused(String key) {
        return new Outcome(Kind.REFUSED, key);
    }
}
