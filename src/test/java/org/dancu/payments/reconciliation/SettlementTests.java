package org.dancu.payments.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.dancu.payments.CycleSettled;
import org.dancu.payments.PaymentLines;
import org.dancu.payments.bank.BankMessage;
import org.dancu.payments.reconciliation.BankReplies.Entry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * A sent cycle closes once every line is paid or disposed of and the totals agree, and not before: a
 * returned line waits for an officer's decision, a held line is dropped at the close, and totals that do
 * not agree keep the cycle open.
 */
@SpringBootTest
@EnableScenarios
class SettlementTests {

    @Autowired Reconciliation reconciliation;
    @Autowired Settlement settlement;
    @Autowired JdbcClient jdbc;

    private long cycle;
    private long first;
    private long second;
    private long held;

    @BeforeEach
    void sentCycle() {
        cycle = PaymentLines.cycle(jdbc, "SENT");
        first = line("SENT");
        second = line("SENT");
        held = line("HELD");
        PaymentLines.approvedTotals(jdbc, cycle, 2, 2 * PaymentLines.AMOUNT);
    }

    private long line(String status) {
        return PaymentLines.line(jdbc, cycle, PaymentLines.beneficiary(jdbc, PaymentLines.pin(), "03334"), status);
    }

    @Test
    void aCycleWhoseLinesAreAllPaidSettles(Scenario scenario) {
        byte[] notification = BankReplies.camt054("ALL" + cycle, List.of(
                Entry.paid(PaymentLines.endToEndId(jdbc, first), PaymentLines.AMOUNT),
                Entry.paid(PaymentLines.endToEndId(jdbc, second), PaymentLines.AMOUNT)));
        scenario.stimulate(() -> reconciliation.receive(PaymentLines.BANK, new BankMessage(1, "camt.054", notification)))
                .andWaitForEventOfType(CycleSettled.class).matching(e -> e.cycleId() == cycle)
                .toArriveAndVerify(e -> assertThat(e.communeCodes()).containsExactly("03334"));
        assertThat(cycleStatus()).isEqualTo("SETTLED");
        assertThat(PaymentLines.status(jdbc, held)).isEqualTo("CANCELLED");
    }

    @Test
    void aReturnedLineKeepsTheCycleOpenUntilAnOfficerDecides() {
        reconciliation.receive(PaymentLines.BANK, new BankMessage(1, "camt.054", BankReplies.camt054("RET" + cycle, List.of(
                Entry.paid(PaymentLines.endToEndId(jdbc, first), PaymentLines.AMOUNT),
                Entry.returned(PaymentLines.endToEndId(jdbc, second), PaymentLines.AMOUNT, "AC06")))));
        settlement.weigh(cycle);
        assertThat(cycleStatus()).isEqualTo("SENT");

        jdbc.sql("UPDATE payments.exception SET status = 'RESOLVED', disposition = 'CANCEL', note = 'x'"
                + " WHERE line_id = :line").param("line", second).update();
        jdbc.sql("UPDATE payments.line SET status = 'CANCELLED' WHERE id = :line").param("line", second).update();
        settlement.weigh(cycle);
        assertThat(cycleStatus()).isEqualTo("SETTLED");
    }

    @Test
    void totalsThatDoNotAgreeKeepTheCycleOpen() {
        PaymentLines.approvedTotals(jdbc, cycle, 2, 2 * PaymentLines.AMOUNT + 1);
        reconciliation.receive(PaymentLines.BANK, new BankMessage(1, "camt.054", BankReplies.camt054("TOT" + cycle, List.of(
                Entry.paid(PaymentLines.endToEndId(jdbc, first), PaymentLines.AMOUNT),
                Entry.paid(PaymentLines.endToEndId(jdbc, second), PaymentLines.AMOUNT)))));
        settlement.weigh(cycle);
        assertThat(cycleStatus()).isEqualTo("SENT");
        assertThat(PaymentLines.status(jdbc, held)).isEqualTo("HELD");
    }

    private String cycleStatus() {
        return jdbc.sql("SELECT status FROM payments.cycle WHERE id = :id").param("id", cycle).query(String.class).single();
    }
}
