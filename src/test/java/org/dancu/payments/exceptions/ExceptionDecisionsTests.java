package org.dancu.payments.exceptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.dancu.audit.Actor;
import org.dancu.payments.Disposition;
import org.dancu.payments.PaymentExceptionResolved;
import org.dancu.payments.PaymentLines;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.register.ImportFixtures;
import org.dancu.security.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * An officer's decision on a returned payment: the exception resolved and the line moved together, the
 * event published and the decision on the ledger; a decision that cannot be carried out, or on an
 * exception outside the officer's scope, changes nothing and is on the ledger too.
 */
@SpringBootTest
@EnableScenarios
class ExceptionDecisionsTests {

    private static final Scope PROVINCE = new Scope("11", null);
    private static final Actor OFFICER = Actor.staff("tinh.chitra");

    @Autowired ExceptionDecisions decisions;
    @Autowired JdbcClient jdbc;

    private String pin;
    private long line;
    private long exception;
    private long nextCycle;

    @BeforeEach
    void returnedLine() {
        long cycle = PaymentLines.cycle(jdbc, "SENT", LocalDate.of(2026, 12, 5));
        nextCycle = PaymentLines.cycle(jdbc, "OPEN", LocalDate.of(2027, 1, 5));
        pin = PaymentLines.pin();
        line = PaymentLines.line(jdbc, cycle, PaymentLines.beneficiary(jdbc, pin, ImportFixtures.MUONG_THANH), "SENT");
        exception = PaymentLines.returned(jdbc, line, "AC04");
    }

    @Test
    void payingInCashMovesTheLineAndPublishesTheDecision(Scenario scenario) {
        scenario.stimulate(() -> decisions.resolve(PROVINCE, exception, Disposition.CASH, "", OFFICER, "127.0.0.1"))
                .andWaitForEventOfType(PaymentExceptionResolved.class).matching(e -> e.exceptionId() == exception)
                .toArriveAndVerify(e -> {
                    assertThat(e.disposition()).isEqualTo(Disposition.CASH);
                    assertThat(e.lineId()).isEqualTo(line);
                    assertThat(e.resolvedBy()).isEqualTo("tinh.chitra");
                });
        assertThat(PaymentLines.status(jdbc, line)).isEqualTo("CASH_DUE");
        assertThat(stored()).containsEntry("status", "RESOLVED").containsEntry("disposition", "CASH");
        assertThat(ledger("SUCCESS")).isEqualTo(1);
    }

    @Test
    void aRepaymentNeedsAnotherVerifiedAccountThenIsALineOfTheNextCycle() {
        assertThatThrownBy(() -> decisions.resolve(PROVINCE, exception, Disposition.REPAY, null, OFFICER, null))
                .isInstanceOf(PaymentRefusedException.class).hasMessage("payments.exception.refused.no-account");
        assertThat(stored()).containsEntry("status", "OPEN");
        assertThat(ledger("DENIED")).isEqualTo(1);

        long account = PaymentLines.verifiedAccount(jdbc, pin);
        decisions.resolve(PROVINCE, exception, Disposition.REPAY, null, OFFICER, null);

        assertThat(jdbc.sql("SELECT cycle_id, amount, account_id, status FROM payments.line WHERE repays_line_id = :line")
                .param("line", line).query().singleRow())
                .containsEntry("cycle_id", nextCycle).containsEntry("amount", PaymentLines.AMOUNT)
                .containsEntry("account_id", account).containsEntry("status", "PENDING");
        assertThat(PaymentLines.status(jdbc, line)).isEqualTo("RETURNED");
        assertThat(stored()).containsEntry("disposition", "REPAY");
    }

    @Test
    void aDecisionOutsideTheScopeOrWithoutAReasonChangesNothing() {
        Scope otherCommune = new Scope("03127", null);
        assertThatThrownBy(() -> decisions.resolve(otherCommune, exception, Disposition.CASH, null, OFFICER, null))
                .isInstanceOf(PaymentRefusedException.class).hasMessage("payments.exception.refused.not-found");
        assertThatThrownBy(() -> decisions.resolve(PROVINCE, exception, Disposition.CANCEL, " ", OFFICER, null))
                .isInstanceOf(PaymentRefusedException.class).hasMessage("payments.exception.refused.note");
        assertThatThrownBy(() -> decisions.resolve(PROVINCE, exception, Disposition.RECOVER, "x", OFFICER, null))
                .isInstanceOf(PaymentRefusedException.class).hasMessage("payments.exception.refused.disposition");

        assertThat(stored()).containsEntry("status", "OPEN");
        assertThat(PaymentLines.status(jdbc, line)).isEqualTo("RETURNED");

        decisions.resolve(PROVINCE, exception, Disposition.CANCEL, "Người hưởng từ chối nhận", OFFICER, null);
        assertThat(PaymentLines.status(jdbc, line)).isEqualTo("CANCELLED");
        assertThatThrownBy(() -> decisions.resolve(PROVINCE, exception, Disposition.CASH, null, OFFICER, null))
                .isInstanceOf(PaymentRefusedException.class).hasMessage("payments.exception.refused.resolved");
    }

    private Map<String, Object> stored() {
        return jdbc.sql("SELECT status, disposition FROM payments.exception WHERE id = :id").param("id", exception)
                .query().singleRow();
    }

    private long ledger(String outcome) {
        return jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = 'payments.exception.resolve'"
                        + " AND object_id = :pin AND outcome = :outcome")
                .param("pin", pin).param("outcome", outcome).query(Long.class).single();
    }
}
