package org.dancu.notify.internal;

import java.time.Instant;
import java.util.Objects;

import org.dancu.notify.Channel;
import org.dancu.notify.DeliveryStatus;
import org.dancu.notify.MessageGivenUp;
import org.dancu.notify.MessageId;
import org.dancu.notify.MessageSent;
import org.dancu.notify.MessageState;
import org.dancu.notify.Recipient;
import org.dancu.notify.Template;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One message in the outbox. Each transition refuses the wrong state; the two ends register
 * {@link MessageSent} and {@link MessageGivenUp}, published when the repository saves the message.
 *
 * <pre>
 * QUEUED ──claim──▶ SENDING ──sent──▶ SENT
 *   ▲ ▲               │ │ └──failed──▶ RETRYING ──claim──▶ SENDING …
 *   │ └──release──────┘ │     └ (out of attempts, or refused) ──▶ GIVEN_UP
 *   └─────defer─────────┘
 * </pre>
 */
@Table(schema = "notify", name = "message")
class Message extends AbstractAggregateRoot<Message> {

    @Id
    private Long id;
    @Version
    private Long version;
    private String recipientPin;
    private Long recipientStaff;
    private Channel channel;
    private String template;
    private String language;
    private String subject;
    private String body;
    private MessageState state;
    private int attempts;
    private Instant nextAttemptAt;
    private String failureKey;
    private Instant createdAt;
    private Instant sentAt;

    @PersistenceCreator
    private Message() {
    }

    static Message queue(Recipient recipient, Channel channel, Template template, String subject, String body,
                         Instant now) {
        Message message = new Message();
        if (recipient instanceof Recipient.Citizen citizen) {
            message.recipientPin = citizen.pin().value();
        } else if (recipient instanceof Recipient.Officer officer) {
            if (channel != Channel.INBOX) {
                throw new IllegalArgumentException("officers are told things in their inbox only");
            }
            message.recipientStaff = officer.staffAccountId();
        }
        message.channel = Objects.requireNonNull(channel, "channel");
        message.template = template.key();
        message.language = recipient.language().getLanguage();
        message.subject = Objects.requireNonNull(subject, "subject");
        message.body = Objects.requireNonNull(body, "body");
        message.state = MessageState.QUEUED;
        message.nextAttemptAt = now;
        message.createdAt = now;
        return message;
    }

    /** The dispatcher takes a due message up. */
    void claim(Instant now) {
        require(state == MessageState.QUEUED || state == MessageState.RETRYING, "claim");
        if (nextAttemptAt.isAfter(now)) {
            throw new IllegalStateException("message " + id + " is not due before " + nextAttemptAt);
        }
        state = MessageState.SENDING;
    }

    /**
     * A claim whose dispatcher stopped before it knew the outcome (a killed server) goes back to the
     * queue: the channel may have it already, so the next attempt carries the same idempotency key.
     */
    void release() {
        require(state == MessageState.SENDING, "release");
        state = MessageState.QUEUED;
    }

    /** Over the recipient's rate limit: back to the queue until {@code until}, no attempt counted. */
    void defer(Instant until) {
        require(state == MessageState.SENDING, "defer");
        state = MessageState.QUEUED;
        nextAttemptAt = until;
    }

    void sent(Instant now) {
        require(state == MessageState.SENDING, "mark as sent");
        attempts++;
        state = MessageState.SENT;
        sentAt = now;
        failureKey = null;
        registerEvent(new MessageSent(id(), channel, attempts));
    }

    /** A failure that may pass (the gateway unreachable, busy or failing): retried after the policy's back-off. */
    void failed(String reasonKey, Instant now, RetryPolicy policy) {
        require(state == MessageState.SENDING, "record a failure of");
        attempts++;
        failureKey = Objects.requireNonNull(reasonKey, "reasonKey");
        if (policy.givesUpAfter(attempts)) {
            giveUp();
        } else {
            state = MessageState.RETRYING;
            nextAttemptAt = now.plus(policy.delayAfter(attempts));
        }
    }

    /** A failure that will not pass (no address, refused by the channel): given up at once. */
    void refused(String reasonKey) {
        require(state == MessageState.SENDING, "record a refusal of");
        attempts++;
        failureKey = Objects.requireNonNull(reasonKey, "reasonKey");
        giveUp();
    }

    private void giveUp() {
        state = MessageState.GIVEN_UP;
        registerEvent(new MessageGivenUp(id(), channel, attempts, failureKey));
    }

    private void require(boolean allowed, String what) {
        if (!allowed) {
            throw new IllegalStateException("cannot " + what + " message " + id + " in state " + state);
        }
    }

    MessageId id() {
        return new MessageId(id);
    }

    Long rawId() {
        return id;
    }

    /** The citizen's personal ID, or null for an officer's message. */
    String recipientPin() {
        return recipientPin;
    }

    Long recipientStaff() {
        return recipientStaff;
    }

    /** Who the rate limit counts for: a citizen or an officer, on this channel. */
    String rateKey() {
        return (recipientPin != null ? "c" + recipientPin : "s" + recipientStaff) + ":" + channel;
    }

    Channel channel() {
        return channel;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    MessageState state() {
        return state;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    String failureKey() {
        return failureKey;
    }

    DeliveryStatus status() {
        return new DeliveryStatus(id(), channel, state, attempts, failureKey, sentAt);
    }
}
