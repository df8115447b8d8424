package org.dancu.notify.internal;

import java.util.List;
import java.util.Map;

import org.dancu.notify.Channel;
import org.dancu.notify.MessageId;

/** Hands a batch of messages to one channel and says what became of each. */
interface ChannelDelivery {

    Channel channel();

    /** Every message of the batch gets an outcome; a delivery never throws for one message's failure. */
    Map<MessageId, Outcome> deliver(List<Outgoing> batch);
}
