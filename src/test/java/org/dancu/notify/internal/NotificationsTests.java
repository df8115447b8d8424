package org.dancu.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dancu.civil.Pin;
import org.dancu.jobs.JobContext;
import org.dancu.jobs.Jobs;
import org.dancu.notify.Channel;
import org.dancu.notify.DeliveryStatus;
import org.dancu.notify.Inbox;
import org.dancu.notify.MessageGivenUp;
import org.dancu.notify.MessageId;
import org.dancu.notify.MessageSent;
import org.dancu.notify.MessageState;
import org.dancu.notify.Notifications;
import org.dancu.notify.Recipient;
import org.dancu.notify.Template;
import org.dancu.register.PersonContacts;
import org.dancu.register.RegisterFixture;
import org.dancu.smssim.SimulatedSms;
import org.dancu.smssim.SimulatedSmsGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox on a running server with the simulated SMS gateway on its own port: a message goes out
 * after the sender's transaction commits and not at all when it rolls back; SMS reach the gateway over
 * HTTP once, in the recipient's language; the inbox keeps the citizen's messages; a citizen without a
 * phone is given up; the rate limit holds back what is over it; and what a dispatcher claimed and never
 * confirmed before its server died is sent once at the gateway after the restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnableScenarios
class NotificationsTests {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Autowired ApplicationContext context;
    @Autowired Notifications notifications;
    @Autowired Inbox inbox;
    @Autowired SimulatedSmsGateway gateway;
    @Autowired PersonContacts contacts;
    @Autowired MessageRepository messages;
    @Autowired DispatchJob dispatcher;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Jobs jobs;
    @LocalServerPort int port;

    private Pin withPhone;

    @BeforeEach
    void aCitizenWithAPhone() throws IOException {
        withPhone = Pin.of(RegisterFixture.aPersonPin(context, 11, true));
    }

    private Pin citizenWithPhone(int ordinal) throws IOException {
        return Pin.of(RegisterFixture.aPersonPin(context, ordinal, true));
    }

    private DeliveryStatus finished(MessageId id) {
        return await().atMost(DELIVERY).until(() -> notifications.status(id).orElseThrow(),
                status -> status.state().finished());
    }

    @Test
    void anSmsReachesTheGatewayOnceInTheCitizensLanguage(Scenario scenario) {
        String phone = contacts.addressesOf(List.of(withPhone)).get(withPhone).phone().orElseThrow();
        MessageId[] sent = new MessageId[2];
        scenario.stimulate(() -> sent[0] = notifications.send(Recipient.citizen(withPhone), Channel.SMS,
                        Template.ONE_TIME_CODE, "482913"))
                .andWaitAtMost(DELIVERY)
                .andWaitForEventOfType(MessageSent.class).matching(event -> event.id().equals(sent[0]))
                .toArriveAndVerify(event -> {
                    assertThat(event.channel()).isEqualTo(Channel.SMS);
                    assertThat(event.attempts()).isEqualTo(1);
                });
        SimulatedSms received = gateway.byKey(String.valueOf(sent[0].value())).orElseThrow();
        assertThat(received.phone()).isEqualTo(phone);
        assertThat(received.text()).isEqualTo("Mã xác thực của bạn là 482913. Không chia sẻ mã này với bất kỳ ai.");
        assertThat(received.repeats()).isZero();
        assertThat(notifications.status(sent[0]).orElseThrow().state()).isEqualTo(MessageState.SENT);

        sent[1] = notifications.send(Recipient.citizen(withPhone).in(Locale.ENGLISH), Channel.SMS,
                Template.ONE_TIME_CODE, "130577");
        assertThat(finished(sent[1]).state()).isEqualTo(MessageState.SENT);
        assertThat(gateway.byKey(String.valueOf(sent[1].value())).orElseThrow().text())
                .isEqualTo("Your verification code is 130577. Do not share it with anyone.");
    }

    @Test
    void aMessageIsStoredWithTheSendersChangeOrNotAtAll() throws IOException {
        Pin citizen = citizenWithPhone(12);
        long before = jdbc.sql("SELECT count(*) FROM notify.message WHERE recipient_pin = :pin")
                .param("pin", citizen.value()).query(Long.class).single();
        MessageId[] rolledBack = new MessageId[1];
        transactions.executeWithoutResult(status -> {
            rolledBack[0] = notifications.send(Recipient.citizen(citizen), Channel.SMS, Template.ONE_TIME_CODE, "1");
            status.setRollbackOnly();
        });
        assertThat(notifications.status(rolledBack[0])).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM notify.message WHERE recipient_pin = :pin")
                .param("pin", citizen.value()).query(Long.class).single()).isEqualTo(before);
        assertThat(gateway.byKey(String.valueOf(rolledBack[0].value()))).isEmpty();
    }

    @Test
    void theInboxKeepsTheCitizensMessagesNewestFirst() throws IOException {
        Pin citizen = citizenWithPhone(13);
        MessageId first = notifications.send(Recipient.citizen(citizen), Channel.INBOX, Template.ONE_TIME_CODE, "111111");
        MessageId second = notifications.send(Recipient.citizen(citizen).in(Locale.ENGLISH), Channel.INBOX,
                Template.ONE_TIME_CODE, "222222");
        finished(first);
        assertThat(finished(second).state()).isEqualTo(MessageState.SENT);
        assertThat(inbox.of(citizen, 10)).extracting(message -> message.id(), message -> message.subject())
                .containsExactly(tuple(second, "Verification code"), tuple(first, "Mã xác thực"));
        assertThat(inbox.of(citizenWithPhone(14), 10)).isEmpty();
        assertThat(gateway.byKey(String.valueOf(first.value()))).isEmpty();
    }

    @Test
    void aCitizenWithoutAPhoneIsGivenUpWithTheReason(Scenario scenario) throws IOException {
        Pin withoutPhone = Pin.of(RegisterFixture.aPersonPin(context, 0, false));
        MessageId[] sent = new MessageId[1];
        scenario.stimulate(() -> sent[0] = notifications.send(Recipient.citizen(withoutPhone), Channel.SMS,
                        Template.ONE_TIME_CODE, "000000"))
                .andWaitAtMost(DELIVERY)
                .andWaitForEventOfType(MessageGivenUp.class).matching(event -> event.id().equals(sent[0]))
                .toArriveAndVerify(event -> assertThat(event.failureKey()).isEqualTo("notify.failure.no-address"));
        assertThat(notifications.status(sent[0]).orElseThrow().state()).isEqualTo(MessageState.GIVEN_UP);
    }

    @Test
    void wrongRequestsAreRefusedAndStoreNothing() {
        assertThatIllegalArgumentException().isThrownBy(() -> notifications.send(Recipient.citizen(withPhone),
                Channel.SMS, new Template("notify.template.no-such-template")));
        assertThatIllegalArgumentException().isThrownBy(() -> notifications.send(Recipient.officer(1), Channel.EMAIL,
                Template.ONE_TIME_CODE, "1"));
        assertThatIllegalArgumentException().isThrownBy(() -> Recipient.citizen(withPhone).in(Locale.FRENCH));
        assertThatIllegalArgumentException().isThrownBy(() -> inbox.of(withPhone, 0));
    }

    @Test
    void overTheRateLimitAMessageWaitsItsTurn() throws IOException {
        Pin citizen = citizenWithPhone(15);
        List<MessageId> sent = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            sent.add(notifications.send(Recipient.citizen(citizen), Channel.SMS, Template.ONE_TIME_CODE, "10000" + i));
        }
        await().atMost(DELIVERY).until(() -> sent.stream().map(id -> notifications.status(id).orElseThrow())
                .filter(status -> status.state() == MessageState.SENT).count() == 10);
        List<DeliveryStatus> waiting = sent.stream().map(id -> notifications.status(id).orElseThrow())
                .filter(status -> status.state() != MessageState.SENT).toList();
        assertThat(waiting).singleElement().satisfies(status -> {
            assertThat(status.state()).isEqualTo(MessageState.QUEUED);
            assertThat(status.attempts()).isZero();
            assertThat(gateway.byKey(String.valueOf(status.id().value()))).isEmpty();
        });
        // the held-back message is not this test's to wait for (an hour's limit): it leaves the outbox
        jdbc.sql("UPDATE notify.message SET state = 'GIVEN_UP', version = version + 1 WHERE id = :id")
                .param("id", waiting.get(0).id().value()).update();
    }

    @Test
    void whatAStoppedDispatcherClaimedIsSentOnceAtTheGatewayAfterTheRestart() throws Exception {
        // a dispatcher claimed four messages; the gateway had accepted two of them when its server was killed
        List<Message> claimed = transactions.execute(status -> {
            List<Message> batch = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Message message = messages.save(Message.queue(Recipient.citizen(withPhone), Channel.SMS,
                        Template.ONE_TIME_CODE, "Mã xác thực", "Mã xác thực của bạn là 90000" + i + ".", Instant.now()));
                message.claim(Instant.now());
                batch.add(messages.save(message));
            }
            return batch;
        });
        String phone = contacts.addressesOf(List.of(withPhone)).get(withPhone).phone().orElseThrow();
        for (Message message : claimed.subList(0, 2)) {
            assertThat(postToGateway(message, phone)).isEqualTo(202);
        }

        // the restarted server's dispatcher starts (the one of this server has ended: one runs at a time)
        await().atMost(DELIVERY).until(() -> !jobs.active(DispatchJob.KIND));
        dispatcher.run(new QuietContext());

        for (Message message : claimed) {
            DeliveryStatus status = finished(message.id());
            assertThat(status.state()).isEqualTo(MessageState.SENT);
            assertThat(status.attempts()).isEqualTo(1);
        }
        assertThat(claimed).extracting(message -> gateway.byKey(String.valueOf(message.rawId())).orElseThrow().repeats())
                .containsExactly(1, 1, 0, 0);
    }

    @Test
    void theGatewayRefusesARequestWithoutItsKey() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(gatewayUri())
                .header("Content-Type", "application/json").header("Authorization", "Bearer wrong")
                .header("Idempotency-Key", "refused-1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"0912345678\",\"text\":\"x\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(gateway.byKey("refused-1")).isEmpty();
    }

    private URI gatewayUri() {
        return URI.create("http://127.0.0.1:" + port + "/sim/sms/api/messages");
    }

    private int postToGateway(Message message, String phone) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(gatewayUri())
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + context.getEnvironment().getProperty("dancu.sms-sim.api-key"))
                        .header("Idempotency-Key", String.valueOf(message.rawId()))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"" + phone + "\",\"text\":\""
                                + message.body() + "\"}")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The runner's side of a job, for running the dispatcher as the restarted server does. */
    private static final class QuietContext implements JobContext {
        @Override
        public long jobId() {
            return 0;
        }

        @Override
        public String reference() {
            return DispatchTrigger.REFERENCE;
        }

        @Override
        public String startedBy() {
            return DispatchTrigger.STARTED_BY;
        }

        @Override
        public boolean resumed() {
            return true;
        }

        @Override
        public void progress(long done, long total) {
        }

        @Override
        public void progress(long done, long total, String messageKey) {
        }
    }
}
