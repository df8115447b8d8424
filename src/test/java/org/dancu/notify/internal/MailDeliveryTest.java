package org.dancu.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.dancu.notify.MessageId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * E-mail through Spring's mail support to a real SMTP server running in this JVM (GreenMail): the
 * message arrives with its Vietnamese text intact and its id in a header; a server that cannot be
 * reached is retried, an address it cannot take is given up.
 */
class MailDeliveryTest {

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private static MailDelivery delivery(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        NotifyProperties properties = new NotifyProperties(200, null, null, null, "thong-bao@dienbien.invalid");
        return new MailDelivery(new StaticListableBeanFactory(Map.of("mail", sender))
                .getBeanProvider(JavaMailSender.class), properties);
    }

    @Test
    void anEmailReachesTheServerWithItsTextAndItsMessageId() throws Exception {
        Map<MessageId, Outcome> outcomes = delivery(smtp.getSmtp().getPort()).deliver(List.of(new Outgoing(
                new MessageId(41), "lo.thi.mai@example.invalid", "Mã xác thực",
                "Mã xác thực của bạn là 482913. Không chia sẻ mã này với bất kỳ ai.")));

        assertThat(outcomes).containsExactly(Map.entry(new MessageId(41), Outcome.DELIVERED));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Mã xác thực");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("lo.thi.mai@example.invalid");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("thong-bao@dienbien.invalid");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        assertThat((String) received[0].getContent()).contains("Mã xác thực của bạn là 482913");
        assertThat(received[0].getHeader(MailDelivery.MESSAGE_HEADER)).containsExactly("41");
    }

    @Test
    void anUnreachableServerIsRetriedAndAnImpossibleAddressIsGivenUp() {
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        assertThat(delivery(port).deliver(List.of(new Outgoing(new MessageId(42), "a@example.invalid", "s", "b"))))
                .containsExactly(Map.entry(new MessageId(42), Outcome.failed("notify.failure.unreachable")));

        assertThat(delivery(port).deliver(List.of(new Outgoing(new MessageId(43), "not an address@", "s", "b"))))
                .containsExactly(Map.entry(new MessageId(43), Outcome.refused("notify.failure.refused")));
    }

    @Test
    void withoutAMailServerEveryEmailWaits() {
        NotifyProperties properties = new NotifyProperties(200, null, null, null, "thong-bao@dienbien.invalid");
        MailDelivery unconfigured = new MailDelivery(new StaticListableBeanFactory()
                .getBeanProvider(JavaMailSender.class), properties);
        assertThat(unconfigured.deliver(List.of(new Outgoing(new MessageId(44), "a@example.invalid", "s", "b"))))
                .containsExactly(Map.entry(new MessageId(44), Outcome.failed("notify.failure.no-mail-server")));
    }
}
