package org.dancu.notify.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.dancu.notify.Channel;
import org.dancu.notify.MessageId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring's mail support, to the SMTP server of {@code spring.mail.*}. SMTP has no
 * idempotency key: each e-mail carries the message id in {@value #MESSAGE_HEADER}, so a copy sent
 * again after a crash can be recognised; e-mail is therefore at-least-once (docs/notify.md).
 * Without a configured server every e-mail waits and is retried.
 */
@Component
class MailDelivery implements ChannelDelivery {

    static final String MESSAGE_HEADER = "X-Dancu-Message";

    private final ObjectProvider<JavaMailSender> senders;
    private final NotifyProperties properties;

    MailDelivery(ObjectProvider<JavaMailSender> senders, NotifyProperties properties) {
        this.senders = senders;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Map<MessageId, Outcome> deliver(List<Outgoing> batch) {
        Map<MessageId, Outcome> outcomes = new LinkedHashMap<>();
        JavaMailSender sender = senders.getIfAvailable();
        for (Outgoing message : batch) {
            outcomes.put(message.id(), sender == null ? Outcome.failed("notify.failure.no-mail-server")
                    : send(sender, message));
        }
        return outcomes;
    }

    private Outcome send(JavaMailSender sender, Outgoing message) {
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(message.address());
            helper.setSubject(message.subject());
            helper.setText(message.body());
            mime.setHeader(MESSAGE_HEADER, String.valueOf(message.id().value()));
            sender.send(mime);
            return Outcome.DELIVERED;
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            return Outcome.refused("notify.failure.refused");
        } catch (MailException e) {
            return Outcome.failed("notify.failure.unreachable");
        }
    }
}
