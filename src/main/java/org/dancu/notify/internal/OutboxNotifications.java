package org.dancu.notify.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.dancu.civil.Pin;
import org.dancu.notify.Channel;
import org.dancu.notify.DeliveryStatus;
import org.dancu.notify.Inbox;
import org.dancu.notify.InboxMessage;
import org.dancu.notify.MessageId;
import org.dancu.notify.Notifications;
import org.dancu.notify.Recipient;
import org.dancu.notify.Template;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as modules see it: a message is written in the recipient's language and stored in the
 * caller's transaction; once that commits, the dispatcher is woken.
 */
@Service
class OutboxNotifications implements Notifications, Inbox {

    private final MessageRepository messages;
    private final OutboxQuery query;
    private final MessageSource wording;
    private final DispatchTrigger trigger;

    OutboxNotifications(MessageRepository messages, OutboxQuery query, MessageSource wording,
                        DispatchTrigger trigger) {
        this.messages = messages;
        this.query = query;
        this.wording = wording;
        this.trigger = trigger;
    }

    @Override
    @Transactional
    public MessageId send(Recipient recipient, Channel channel, Template template, Object... values) {
        String subject;
        String body;
        try {
            subject = wording.getMessage(template.subjectKey(), values, recipient.language());
            body = wording.getMessage(template.bodyKey(), values, recipient.language());
        } catch (NoSuchMessageException e) {
            throw new IllegalArgumentException("template " + template.key() + " has no wording", e);
        }
        Message message = messages.save(Message.queue(recipient, channel, template, subject, body, Instant.now()));
        trigger.wakeAfterCommit();
        return message.id();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DeliveryStatus> status(MessageId id) {
        return messages.findById(id.value()).map(Message::status);
    }

    @Override
    @Transactional(readOnly = true)
    public List<InboxMessage> of(Pin citizen, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("an inbox page holds at least one message");
        }
        return query.inbox(citizen, limit);
    }
}
