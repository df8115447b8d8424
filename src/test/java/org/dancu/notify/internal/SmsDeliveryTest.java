package org.dancu.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the SMS adapter reads a gateway's answer. */
class SmsDeliveryTest {

    @Test
    void successIsDeliveredPassingTroubleIsRetriedAndARefusalIsGivenUp() {
        assertThat(SmsDelivery.outcome(202)).isEqualTo(Outcome.DELIVERED);
        assertThat(SmsDelivery.outcome(200)).isEqualTo(Outcome.DELIVERED);
        for (int status : new int[] {408, 429, 500, 503}) {
            assertThat(SmsDelivery.outcome(status)).isEqualTo(Outcome.failed("notify.failure.gateway-busy"));
        }
        for (int status : new int[] {400, 401, 404}) {
            assertThat(SmsDelivery.outcome(status)).isEqualTo(Outcome.refused("notify.failure.refused"));
        }
    }
}
