package org.dancu.notify.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dancu.civil.Pin;
import org.dancu.notify.Channel;
import org.dancu.notify.MessageId;
import org.dancu.register.ContactAddress;
import org.dancu.register.PersonContacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One batch of the dispatcher: claims due messages (committed as SENDING before anything leaves),
 * reads the citizens' addresses from the register, holds back what is over a recipient's rate limit,
 * hands the rest to their channels and stores each outcome. A crash between the claim and the outcome
 * leaves the batch SENDING, to be released and sent again with the same idempotency keys: delivery is
 * at least once, and once at an SMS gateway that honours the key (docs/notify.md).
 */
@Component
class OutboxDispatch {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatch.class);

    private final MessageRepository messages;
    private final OutboxQuery query;
    private final PersonContacts contacts;
    private final Map<Channel, ChannelDelivery> channels;
    private final NotifyProperties properties;
    private final TransactionTemplate transactions;

    OutboxDispatch(MessageRepository messages, OutboxQuery query, PersonContacts contacts,
                   List<ChannelDelivery> channels, NotifyProperties properties,
                   PlatformTransactionManager transactions) {
        this.messages = messages;
        this.query = query;
        this.contacts = contacts;
        this.channels = new EnumMap<>(channels.stream()
                .collect(Collectors.toMap(ChannelDelivery::channel, Function.identity())));
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Puts back in the queue what a stopped dispatcher claimed and never confirmed. */
    int releaseClaimed() {
        Integer released = transactions.execute(status -> {
            List<Message> claimed = load(query.claimed());
            claimed.forEach(Message::release);
            messages.saveAll(claimed);
            return claimed.size();
        });
        if (released > 0) {
            LOG.info("{} messages claimed by a stopped dispatcher are queued again", released);
        }
        return released;
    }

    /** Delivers one batch of due messages; 0 when none is due. */
    int deliverDue() {
        Instant now = Instant.now();
        List<Message> batch = transactions.execute(status -> {
            List<Message> due = load(query.lockDue(properties.batchSize(), now));
            due.forEach(message -> message.claim(now));
            return toList(messages.saveAll(due));
        });
        if (batch.isEmpty()) {
            return 0;
        }
        Map<Channel, List<Outgoing>> outgoing = addressAndLimit(batch, now);
        Map<MessageId, Message> byId = batch.stream().collect(Collectors.toMap(Message::id, Function.identity()));
        outgoing.forEach((channel, messagesOfChannel) -> channels.get(channel).deliver(messagesOfChannel)
                .forEach((id, outcome) -> record(byId.get(id), outcome)));
        transactions.executeWithoutResult(status -> messages.saveAll(batch));
        return batch.size();
    }

    /** The messages that may go now, by channel; the others are refused (no address) or deferred (rate limit). */
    private Map<Channel, List<Outgoing>> addressAndLimit(List<Message> batch, Instant now) {
        Set<String> pins = batch.stream()
                .filter(message -> message.channel() != Channel.INBOX && message.recipientPin() != null)
                .map(Message::recipientPin)
                .collect(Collectors.toSet());
        Map<Pin, ContactAddress> addresses = contacts.addressesOf(pins.stream().map(Pin::of).toList());
        Map<String, Integer> sent = new HashMap<>(query.sentSince(pins, now.minus(properties.rate().window())));
        Map<Channel, List<Outgoing>> outgoing = new EnumMap<>(Channel.class);
        for (Message message : batch) {
            String address = null;
            if (message.channel() != Channel.INBOX) {
                address = address(message, addresses);
                if (address == null) {
                    message.refused("notify.failure.no-address");
                    continue;
                }
                if (sent.merge(message.rateKey(), 1, Integer::sum) > properties.rate().perRecipient()) {
                    message.defer(now.plus(properties.rate().deferral()));
                    continue;
                }
            }
            outgoing.computeIfAbsent(message.channel(), channel -> new ArrayList<>())
                    .add(new Outgoing(message.id(), address, message.subject(), message.body()));
        }
        return outgoing;
    }

    private static String address(Message message, Map<Pin, ContactAddress> addresses) {
        ContactAddress contact = addresses.get(Pin.of(message.recipientPin()));
        if (contact == null) {
            return null;
        }
        return (message.channel() == Channel.SMS ? contact.phone() : contact.email()).orElse(null);
    }

    private void record(Message message, Outcome outcome) {
        switch (outcome.kind()) {
            case DELIVERED -> message.sent(Instant.now());
            case FAILED -> {
                message.failed(outcome.failureKey(), Instant.now(), properties.retry());
                LOG.warn("message {} ({}) not delivered, attempt {}: {}", message.rawId(), message.channel(),
                        message.attempts(), outcome.failureKey());
            }
            case REFUSED -> {
                message.refused(outcome.failureKey());
                LOG.warn("message {} ({}) refused: {}", message.rawId(), message.channel(), outcome.failureKey());
            }
        }
    }

    private List<Message> load(List<Long> ids) {
        return ids.isEmpty() ? List.of() : toList(messages.findAllById(ids));
    }

    private static List<Message> toList(Iterable<Message> messages) {
        List<Message> list = new ArrayList<>();
        messages.forEach(list::add);
        return list;
    }
}
