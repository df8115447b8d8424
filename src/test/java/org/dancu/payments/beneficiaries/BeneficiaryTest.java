package org.dancu.payments.beneficiaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.civil.Sex;
import org.dancu.payments.BeneficiaryAdmitted;
import org.dancu.payments.PayChannel;
import org.dancu.payments.PaymentStateException;
import org.dancu.payments.ProgrammeCode;
import org.dancu.payments.ProgrammeRule;
import org.dancu.payments.Vnd;
import org.dancu.register.RegisteredPerson;
import org.junit.jupiter.api.Test;

/** A decision's line guards its own moves: linked once, reviewed only while awaiting review. */
class BeneficiaryTest {

    private static final ProgrammeCode MONTHLY = new ProgrammeCode("TCXH_HANG_THANG");
    private static final ProgrammeRule RULE = new ProgrammeRule(LocalDate.of(2024, 7, 1), Vnd.of(500_000), null, null,
            Set.of(Month.values()), null, 25, null, null, "NĐ 20/2021", "https://example.org");
    private static final Pin PIN = Pin.parse("011095000123").toOptional().orElseThrow();

    @Test
    void linkingAnEligiblePersonMakesTheLineActiveAndRegistersTheAdmission() {
        Beneficiary line = stored(BeneficiaryStatus.TO_LINK);
        line.link(person(true), RULE);

        assertThat(line.status()).isEqualTo(BeneficiaryStatus.ACTIVE);
        assertThat(line.pin()).isEqualTo(PIN);
        assertThat(line.events()).containsExactly(new BeneficiaryAdmitted(7, MONTHLY, PIN, "03124"));
    }

    @Test
    void linkingADeadPersonMakesTheLineIneligibleWithTheReasonAndRegistersNothing() {
        Beneficiary line = stored(BeneficiaryStatus.TO_REVIEW);
        line.link(person(false), RULE);

        assertThat(line.status()).isEqualTo(BeneficiaryStatus.INELIGIBLE);
        assertThat(line.statusReason()).isEqualTo("DEAD");
        assertThat(line.events()).isEmpty();
    }

    @Test
    void anActiveLineIsNotLinkedAgainNorReviewedNorDismissed() {
        Beneficiary line = stored(BeneficiaryStatus.ACTIVE);

        assertThatThrownBy(() -> line.link(person(true), RULE)).isInstanceOf(PaymentStateException.class);
        assertThatThrownBy(line::sendToReview).isInstanceOf(PaymentStateException.class);
        assertThatThrownBy(line::dismiss).isInstanceOf(PaymentStateException.class);
        assertThat(line.status()).isEqualTo(BeneficiaryStatus.ACTIVE);
    }

    @Test
    void onlyALineAwaitingReviewIsDismissedAndNobodyIsPaidForIt() {
        Beneficiary line = stored(BeneficiaryStatus.TO_LINK);
        assertThatThrownBy(line::dismiss).isInstanceOf(PaymentStateException.class);

        line.sendToReview();
        line.dismiss();
        assertThat(line.status()).isEqualTo(BeneficiaryStatus.INELIGIBLE);
        assertThat(line.statusReason()).isEqualTo("NOT_FOUND");
    }

    private static Beneficiary stored(BeneficiaryStatus status) {
        DecisionLine line = new DecisionLine(MONTHLY, "", "Lò Văn Pọm", "1950", "03124", new BigDecimal("1.50"), null,
                "QĐ 1/2026", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 1), PayChannel.BANK_ACCOUNT);
        return new Beneficiary(7L, 0, MONTHLY, line, null, "03124", status, null, "officer", Instant.now());
    }

    private static RegisteredPerson person(boolean alive) {
        return new RegisteredPerson(1, PIN, null, PersonName.parse("Lò Văn Pọm").toOptional().orElseThrow(),
                PartialDate.ofYear(1950), Sex.MALE, null, "VN", "03124", null, null, alive,
                alive ? null : LocalDate.of(2026, 1, 1), true);
    }
}
