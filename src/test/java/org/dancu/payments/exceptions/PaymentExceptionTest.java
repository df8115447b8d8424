package org.dancu.payments.exceptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.dancu.payments.Disposition;
import org.dancu.payments.PaymentExceptionResolved;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.PaymentStateException;
import org.junit.jupiter.api.Test;

/** Each disposition an exception may take, and each it may not, from each state. */
class PaymentExceptionTest {

    private static final Instant NOW = Instant.parse("2026-12-08T02:00:00Z");

    private static PaymentException open(PaymentException.Kind kind, String reason) {
        return new PaymentException(7, 0, 42, kind, reason, NOW, PaymentException.Status.OPEN, null, null, null, null);
    }

    @Test
    void aReturnIsRepaidAndRegistersItsEvent() {
        PaymentException exception = open(PaymentException.Kind.RETURNED, "AC04");
        exception.resolve(Disposition.REPAY, " ", "xa.canbo", NOW);

        assertThat(exception.status()).isEqualTo(PaymentException.Status.RESOLVED);
        assertThat(exception.disposition()).isEqualTo(Disposition.REPAY);
        assertThat(exception.note()).isNull();
        assertThat(exception.events()).containsExactly(new PaymentExceptionResolved(7, 42, Disposition.REPAY, "xa.canbo"));
    }

    @Test
    void aResolvedExceptionIsNotResolvedAgain() {
        PaymentException exception = open(PaymentException.Kind.REJECTED, "AC01");
        exception.resolve(Disposition.CASH, null, "xa.canbo", NOW);
        exception.saved();

        assertThatThrownBy(() -> exception.resolve(Disposition.CANCEL, "trùng", "tinh.canbo", NOW))
                .isInstanceOf(PaymentStateException.class);
        assertThat(exception.disposition()).isEqualTo(Disposition.CASH);
        assertThat(exception.events()).isEmpty();
    }

    @Test
    void aPersonTheBankReportsDeadIsNeverPaidAgain() {
        PaymentException exception = open(PaymentException.Kind.RETURNED, "MD07");
        assertThat(exception.allowed()).containsExactly(Disposition.CANCEL);
        assertThatThrownBy(() -> exception.resolve(Disposition.REPAY, null, "xa.canbo", NOW))
                .isInstanceOf(PaymentRefusedException.class).hasMessage("payments.exception.refused.disposition");
        assertThatThrownBy(() -> exception.resolve(Disposition.CASH, null, "xa.canbo", NOW))
                .isInstanceOf(PaymentRefusedException.class);
        assertThat(exception.status()).isEqualTo(PaymentException.Status.OPEN);
    }

    @Test
    void aPaymentAfterADeathIsRecoveredOrWrittenOffWithAReasonButNotPaidAgain() {
        PaymentException exception = open(PaymentException.Kind.PAID_AFTER_DEATH, "DEAD");
        assertThat(exception.allowed()).containsExactly(Disposition.RECOVER, Disposition.CANCEL);
        assertThatThrownBy(() -> exception.resolve(Disposition.REPAY, null, "xa.canbo", NOW))
                .isInstanceOf(PaymentRefusedException.class);
        assertThatThrownBy(() -> exception.resolve(Disposition.CANCEL, "  ", "xa.canbo", NOW))
                .isInstanceOf(PaymentRefusedException.class).hasMessage("payments.exception.refused.note");
        assertThatThrownBy(() -> exception.resolve(Disposition.CANCEL, "x".repeat(501), "xa.canbo", NOW))
                .isInstanceOf(PaymentRefusedException.class).hasMessage("payments.exception.refused.note-length");
        assertThatThrownBy(() -> exception.resolve(null, null, "xa.canbo", NOW))
                .isInstanceOf(PaymentRefusedException.class);
        assertThat(exception.status()).isEqualTo(PaymentException.Status.OPEN);

        exception.resolve(Disposition.RECOVER, "Thu hồi qua UBND xã", "xa.canbo", NOW);
        assertThat(exception.disposition()).isEqualTo(Disposition.RECOVER);
    }
}
