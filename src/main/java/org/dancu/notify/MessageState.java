package org.dancu.notify;

/** Where a message's delivery stands. */
public enum MessageState {
    /** Waiting for the dispatcher (also after a rate-limit deferral). */
    QUEUED,
    /** Claimed by the dispatcher; not yet confirmed. */
    SENDING,
    /** The last attempt failed; the next one is due after a back-off. */
    RETRYING,
    /** Accepted by the channel: the gateway, the SMTP server, or stored in the inbox. */
    SENT,
    /** Failed for good: no address, refused by the channel, or out of attempts. */
    GIVEN_UP;

    public boolean finished() {
        return this == SENT || this == GIVEN_UP;
    }
}
