package org.dancu.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The test support other parts of payments build on: active beneficiaries of the register's persons. */
@SpringBootTest
@AutoConfigureMockMvc
class PaymentsFixturesTests {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    @Test
    void theFixturesMakeActiveBeneficiariesOfDistinctLivingResidentsOfTheProgrammesAge() {
        List<PaymentsFixtures.Beneficiary> pensioners =
                PaymentsFixtures.activeBeneficiaries(context, PaymentsFixtures.SOCIAL_PENSION, 3);
        List<PaymentsFixtures.Beneficiary> more =
                PaymentsFixtures.activeBeneficiaries(context, PaymentsFixtures.SOCIAL_PENSION, 2, PayChannel.POST_HOME);

        assertThat(pensioners).hasSize(3).allSatisfy(beneficiary -> {
            assertThat(beneficiary.person().alive()).isTrue();
            assertThat(beneficiary.person().resident()).isTrue();
            assertThat(PaymentsFixtures.TODAY.getYear() - beneficiary.person().birthDate().year()).isGreaterThan(70);
        });
        assertThat(more).extracting(PaymentsFixtures.Beneficiary::pin)
                .doesNotContainAnyElementsOf(pensioners.stream().map(PaymentsFixtures.Beneficiary::pin).toList());
        assertThat(jdbc.sql("SELECT status || ' ' || channel || ' ' || coefficient FROM payments.beneficiary WHERE id = ?")
                .param(more.get(0).id()).query(String.class).single()).isEqualTo("ACTIVE POST_HOME 1.50");
    }
}
