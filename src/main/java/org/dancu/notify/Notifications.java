package org.dancu.notify;

import java.util.Optional;

/**
 * The outbox. A module tells someone something by calling {@link #send} inside its own transaction:
 * the message is stored with the caller's change or not at all, and delivered after commit by the
 * dispatcher on the job runner.
 */
public interface Notifications {

    /**
     * Writes the template in the recipient's language with these values and queues it for the channel.
     *
     * @throws IllegalArgumentException when the template has no wording in that language, or an officer
     *                                  is to be reached by SMS or e-mail (officers have the inbox only)
     */
    MessageId send(Recipient recipient, Channel channel, Template template, Object... values);

    Optional<DeliveryStatus> status(MessageId id);
}
