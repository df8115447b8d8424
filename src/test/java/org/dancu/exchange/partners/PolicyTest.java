package org.dancu.exchange.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dancu.exchange.gateway.ExchangeError;
import org.junit.jupiter.api.Test;

/** A partner's policy refuses the first rule a request breaks. */
class PolicyTest {

    @Test
    void policiesRefuseTheFirstRuleBroken() {
        Policy policy = new Policy("P", java.util.Set.of(Operation.VERIFY), java.util.Set.of("fullName"),
                java.util.Set.of("identity-check"), 10);
        assertThat(policy.refusal(Operation.VERIFY, "identity-check", List.of("fullName"))).isNull();
        assertThat(policy.refusal(Operation.RETRIEVE, "identity-check", List.of("fullName")))
                .isEqualTo(ExchangeError.OPERATION_NOT_ALLOWED);
        assertThat(policy.refusal(Operation.VERIFY, "other", List.of("fullName")))
                .isEqualTo(ExchangeError.PURPOSE_NOT_ALLOWED);
        assertThat(policy.refusal(Operation.VERIFY, "identity-check", List.of("fullName", "sex")))
                .isEqualTo(ExchangeError.ATTRIBUTE_NOT_ALLOWED);
    }
}
