package org.dancu.notify.internal;

import org.dancu.notify.MessageId;

/**
 * A message on its way to a channel. Personal data: {@link #toString()} names only the message.
 *
 * @param address the phone number or e-mail address; null for the inbox
 */
record Outgoing(MessageId id, String address, String subject, String body) {

    @Override
    public String toString() {
        return "Outgoing[" + id.value() + "]";
    }
}
