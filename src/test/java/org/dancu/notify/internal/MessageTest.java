package org.dancu.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.dancu.civil.Pin;
import org.dancu.notify.Channel;
import org.dancu.notify.MessageGivenUp;
import org.dancu.notify.MessageSent;
import org.dancu.notify.MessageState;
import org.dancu.notify.Recipient;
import org.dancu.notify.Template;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** Every transition of a message from every state, the back-off and the rate limit's deferral. */
class MessageTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(10), 3);
    private static final Pin CITIZEN = Pin.of("011090123456");

    private static Message queued() {
        Message message = Message.queue(Recipient.citizen(CITIZEN), Channel.SMS, Template.ONE_TIME_CODE, "Mã", "Mã 1",
                NOW);
        // as the repository leaves it after the insert
        ReflectionTestUtils.setField(message, "id", 7L);
        return message;
    }

    private static Message sending() {
        Message message = queued();
        message.claim(NOW);
        return message;
    }

    private static Message inState(MessageState state) {
        Message message = sending();
        switch (state) {
            case QUEUED -> message.release();
            case SENDING -> { }
            case RETRYING -> message.failed("notify.failure.unreachable", NOW, RETRY);
            case SENT -> message.sent(NOW);
            case GIVEN_UP -> message.refused("notify.failure.refused");
        }
        ReflectionTestUtils.invokeMethod(message, "clearDomainEvents");
        return message;
    }

    @SuppressWarnings("unchecked")
    private static Collection<Object> events(Message message) {
        return (Collection<Object>) ReflectionTestUtils.invokeMethod(message, "domainEvents");
    }

    @Test
    void aDueMessageIsClaimedAndSentOnceWithItsEvent() {
        Message message = queued();
        message.claim(NOW);
        assertThat(message.state()).isEqualTo(MessageState.SENDING);
        message.sent(NOW.plusSeconds(1));
        assertThat(message.state()).isEqualTo(MessageState.SENT);
        assertThat(message.attempts()).isEqualTo(1);
        assertThat(events(message)).containsExactly(new MessageSent(message.id(), Channel.SMS, 1));
    }

    @Test
    void aFailedAttemptWaitsForAnExponentialBackOffUntilItIsGivenUp() {
        Message message = sending();
        message.failed("notify.failure.unreachable", NOW, RETRY);
        assertThat(message.state()).isEqualTo(MessageState.RETRYING);
        assertThat(message.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
        assertThatIllegalStateException().isThrownBy(() -> message.claim(NOW.plusSeconds(9)));

        message.claim(NOW.plusSeconds(10));
        message.failed("notify.failure.gateway-busy", NOW.plusSeconds(10), RETRY);
        assertThat(message.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(events(message)).isEmpty();

        message.claim(NOW.plusSeconds(30));
        message.failed("notify.failure.gateway-busy", NOW.plusSeconds(30), RETRY);
        assertThat(message.state()).isEqualTo(MessageState.GIVEN_UP);
        assertThat(message.failureKey()).isEqualTo("notify.failure.gateway-busy");
        assertThat(events(message)).containsExactly(
                new MessageGivenUp(message.id(), Channel.SMS, 3, "notify.failure.gateway-busy"));
    }

    @Test
    void theBackOffDoublesUpToItsCap() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(10), 100);
        assertThat(List.of(1, 2, 3, 6, 7, 60).stream().map(policy::delayAfter)).containsExactly(
                Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofSeconds(320),
                Duration.ofMinutes(10), Duration.ofMinutes(10));
        assertThatIllegalArgumentException().isThrownBy(() -> policy.delayAfter(0));
    }

    @Test
    void aRefusalIsGivenUpAtOnce() {
        Message message = sending();
        message.refused("notify.failure.no-address");
        assertThat(message.state()).isEqualTo(MessageState.GIVEN_UP);
        assertThat(events(message)).containsExactly(
                new MessageGivenUp(message.id(), Channel.SMS, 1, "notify.failure.no-address"));
    }

    @Test
    void aDeferredOrReleasedMessageCountsNoAttempt() {
        Message deferred = sending();
        deferred.defer(NOW.plus(new RateLimit(10, Duration.ofHours(1)).deferral()));
        assertThat(deferred.state()).isEqualTo(MessageState.QUEUED);
        assertThat(deferred.attempts()).isZero();
        assertThat(deferred.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(6)));

        Message released = sending();
        released.release();
        assertThat(released.state()).isEqualTo(MessageState.QUEUED);
        assertThat(released.attempts()).isZero();
        assertThat(events(released)).isEmpty();
    }

    @Test
    void everyTransitionFromAWrongStateIsRefusedAndRegistersNothing() {
        List<Consumer<Message>> onlyFromSending = List.of(
                message -> message.sent(NOW), message -> message.failed("k", NOW, RETRY),
                message -> message.refused("k"), Message::release, message -> message.defer(NOW));
        for (MessageState state : MessageState.values()) {
            if (state != MessageState.SENDING) {
                for (Consumer<Message> transition : onlyFromSending) {
                    Message message = inState(state);
                    assertThatIllegalStateException().isThrownBy(() -> transition.accept(message));
                    assertThat(message.state()).isEqualTo(state);
                    assertThat(events(message)).isEmpty();
                }
            }
            if (state != MessageState.QUEUED && state != MessageState.RETRYING) {
                Message message = inState(state);
                assertThatIllegalStateException().isThrownBy(() -> message.claim(NOW.plus(Duration.ofDays(1))));
                assertThat(message.state()).isEqualTo(state);
            }
        }
    }

    @Test
    void officersAreToldThingsInTheirInboxOnly() {
        assertThat(Message.queue(Recipient.officer(3), Channel.INBOX, Template.ONE_TIME_CODE, "s", "b", NOW).state())
                .isEqualTo(MessageState.QUEUED);
        assertThatIllegalArgumentException().isThrownBy(() ->
                Message.queue(Recipient.officer(3), Channel.SMS, Template.ONE_TIME_CODE, "s", "b", NOW));
    }
}
