package org.dancu.payments.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.dancu.civil.Pin;
import org.dancu.notify.Inbox;
import org.dancu.payments.LineReturned;
import org.dancu.payments.PaymentLines;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.PaymentsBooked;
import org.dancu.payments.ReasonCode;
import org.dancu.payments.bank.BankMessage;
import org.dancu.payments.reconciliation.BankReplies.Entry;
import org.dancu.payments.reconciliation.BankReplies.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * A bank's answers applied to the lines it was sent: bookings paid, rejections and returns become open
 * exceptions with the bank's reason, the events published; and every kind of bad message refused with
 * nothing changed and the refusal on the ledger.
 */
@SpringBootTest
@EnableScenarios
class ReconciliationTests {

    @Autowired Reconciliation reconciliation;
    @Autowired JdbcClient jdbc;
    @Autowired Inbox inbox;

    private long cycle;
    private List<Long> lines;
    private List<String> ids;

    @BeforeEach
    void sentCycle() {
        cycle = PaymentLines.cycle(jdbc, "SENT");
        lines = List.of(sentLine("01001"), sentLine("01001"), sentLine("03124"));
        ids = lines.stream().map(line -> PaymentLines.endToEndId(jdbc, line)).toList();
    }

    private long sentLine(String commune) {
        return PaymentLines.line(jdbc, cycle, PaymentLines.beneficiary(jdbc, PaymentLines.pin(), commune), "SENT");
    }

    private static BankMessage camt054(byte[] content) {
        return new BankMessage(1, "camt.054", content);
    }

    @Test
    void aNotificationPaysTheBookedLinesAndReturnsTheOtherWithAnException(Scenario scenario) {
        String messageId = "N" + cycle;
        byte[] notification = BankReplies.camt054(messageId, List.of(Entry.paid(ids.get(0), PaymentLines.AMOUNT),
                Entry.paid(ids.get(2), PaymentLines.AMOUNT), Entry.returned(ids.get(1), PaymentLines.AMOUNT, "AC04")));

        scenario.stimulate(() -> reconciliation.receive(PaymentLines.BANK, camt054(notification)))
                .andWaitForEventOfType(PaymentsBooked.class).matching(e -> e.cycleId() == cycle)
                .toArriveAndVerify(e -> {
                    assertThat(e.lines()).isEqualTo(2);
                    assertThat(e.communeCodes()).containsExactlyInAnyOrder("01001", "03124");
                });

        assertThat(PaymentLines.status(jdbc, lines.get(0))).isEqualTo("PAID");
        assertThat(PaymentLines.status(jdbc, lines.get(2))).isEqualTo("PAID");
        assertThat(PaymentLines.status(jdbc, lines.get(1))).isEqualTo("RETURNED");
        assertThat(jdbc.sql("SELECT paid_on::text FROM payments.line WHERE id = :id").param("id", lines.get(0))
                .query(String.class).single()).isEqualTo("2026-12-05");
        assertThat(exceptionOf(lines.get(1))).containsEntry("kind", "RETURNED").containsEntry("reason_code", "AC04")
                .containsEntry("status", "OPEN");
        assertThat(jdbc.sql("SELECT count(*) FROM payments.message WHERE direction = 'IN' AND message_id = :id")
                .param("id", messageId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReturnPublishesLineReturnedWithTheBanksReason(Scenario scenario) {
        byte[] notification = BankReplies.camt054("R" + cycle,
                List.of(Entry.returned(ids.get(0), PaymentLines.AMOUNT, "MD07")));
        scenario.stimulate(() -> reconciliation.receive(PaymentLines.BANK, camt054(notification)))
                .andWaitForEventOfType(LineReturned.class).matching(e -> e.lineId() == lines.get(0))
                .toArriveAndVerify(e -> {
                    assertThat(e.reason()).isEqualTo(ReasonCode.MD07);
                    assertThat(e.cycleId()).isEqualTo(cycle);
                });
    }

    @Test
    void theCitizensPaidOrReturnedAreToldInTheirInbox(Scenario scenario) {
        byte[] notification = BankReplies.camt054("T" + cycle, List.of(Entry.paid(ids.get(0), PaymentLines.AMOUNT),
                Entry.returned(ids.get(1), PaymentLines.AMOUNT, "AC04")));
        scenario.stimulate(() -> reconciliation.receive(PaymentLines.BANK, camt054(notification)))
                .andWaitForEventOfType(BankMessageReconciled.class).matching(e -> e.cycleIds().contains(cycle))
                .toArriveAndVerify(e -> assertThat(e.bankBin()).isEqualTo(PaymentLines.BANK));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(inbox.of(pinOf(lines.get(0)), 5)).anySatisfy(message -> {
                assertThat(message.subject()).startsWith("Đã nhận tiền");
                assertThat(message.body()).contains("500.000").contains("05/12/2026");
            });
            assertThat(inbox.of(pinOf(lines.get(1)), 5)).anySatisfy(message ->
                    assertThat(message.body()).contains("Tài khoản đã đóng"));
        });
    }

    private Pin pinOf(long lineId) {
        return Pin.of(jdbc.sql("SELECT pin FROM payments.line WHERE id = :id").param("id", lineId)
                .query(String.class).single());
    }

    @Test
    void aStatusReportAcceptsAndRejectsTheLinesOfTheFileItAnswers() {
        PaymentLines.sentFile(jdbc, cycle, "F" + cycle, lines);
        byte[] report = BankReplies.pain002("S" + cycle, "F" + cycle, 3L,
                BigDecimal.valueOf(3 * PaymentLines.AMOUNT), "PART",
                List.of(new Status(ids.get(0), "ACCP", null), new Status(ids.get(1), "RJCT", "AC01"),
                        new Status(ids.get(2), "ACSP", null)));

        Reconciliation.Applied applied = reconciliation.receive(PaymentLines.BANK, new BankMessage(2, "pain.002", report));

        assertThat(applied.accepted()).isEqualTo(2);
        assertThat(applied.returned()).isEqualTo(1);
        assertThat(PaymentLines.status(jdbc, lines.get(0))).isEqualTo("ACCEPTED");
        assertThat(PaymentLines.status(jdbc, lines.get(1))).isEqualTo("RETURNED");
        assertThat(exceptionOf(lines.get(1))).containsEntry("kind", "REJECTED").containsEntry("reason_code", "AC01");

        byte[] statement = BankReplies.camt053("D" + cycle, List.of(Entry.paid(ids.get(0), PaymentLines.AMOUNT),
                Entry.paid(ids.get(2), PaymentLines.AMOUNT)));
        assertThat(reconciliation.receive(PaymentLines.BANK, new BankMessage(3, "camt.053", statement)).paid()).isEqualTo(2);
        assertThat(PaymentLines.status(jdbc, lines.get(2))).isEqualTo("PAID");
    }

    @Test
    void aLateOrRepeatedAnswerMovesNothingBack() {
        reconciliation.receive(PaymentLines.BANK, camt054(BankReplies.camt054("A" + cycle,
                List.of(Entry.paid(ids.get(0), PaymentLines.AMOUNT)))));
        PaymentLines.sentFile(jdbc, cycle, "F" + cycle, lines);
        Reconciliation.Applied late = reconciliation.receive(PaymentLines.BANK, new BankMessage(2, "pain.002",
                BankReplies.pain002("S" + cycle, "F" + cycle, null, null, "ACCP",
                        List.of(new Status(ids.get(0), "ACCP", null)))));

        assertThat(late.accepted()).isZero();
        assertThat(PaymentLines.status(jdbc, lines.get(0))).isEqualTo("PAID");
    }

    @Test
    void badMessagesAreRefusedWithNothingChangedAndTheRefusalOnTheLedger() {
        long deniedBefore = denied();
        List<Entry> one = List.of(Entry.paid(ids.get(0), PaymentLines.AMOUNT));
        refused(camt054("<Document>not a notification</Document>".getBytes(StandardCharsets.UTF_8)),
                "payments.recon.refused.schema");
        refused(camt054(BankReplies.camt054("C" + cycle, one, 2L, null)), "payments.recon.refused.count");
        refused(camt054(BankReplies.camt054("S" + cycle, one, null, BigDecimal.valueOf(1))), "payments.recon.refused.sum");
        refused(camt054(BankReplies.camt054("D" + cycle, List.of(new Entry(ids.get(0), new BigDecimal("500000.50"),
                null, java.time.LocalDate.of(2026, 12, 5))))), "payments.recon.refused.decimals");
        refused(camt054(BankReplies.camt054("U" + cycle, List.of(Entry.paid("NEVER-SENT-" + cycle, 1000)))),
                "payments.recon.refused.unknown");
        refused(camt054(BankReplies.camt054("M" + cycle, List.of(Entry.paid(ids.get(0), 499_000)))),
                "payments.recon.refused.amount");
        refused(new BankMessage(9, "pain.002", BankReplies.pain002("P" + cycle, "NO-SUCH-FILE", null, null, "ACCP",
                List.of(new Status(ids.get(0), "ACCP", null)))), "payments.recon.refused.unknown-original");
        long pending = PaymentLines.line(jdbc, cycle, PaymentLines.beneficiary(jdbc, PaymentLines.pin(), "01001"), "PENDING");
        refused(camt054(BankReplies.camt054("H" + cycle, List.of(Entry.paid(PaymentLines.endToEndId(jdbc, pending),
                PaymentLines.AMOUNT)))), "payments.recon.refused.unknown");

        assertThat(PaymentLines.status(jdbc, lines.get(0))).isEqualTo("SENT");
        reconciliation.receive(PaymentLines.BANK, camt054(BankReplies.camt054("OK" + cycle, one)));
        refused(camt054(BankReplies.camt054("OK" + cycle, List.of(Entry.paid(ids.get(1), PaymentLines.AMOUNT)))),
                "payments.recon.refused.replay");

        assertThat(PaymentLines.status(jdbc, lines.get(1))).isEqualTo("SENT");
        assertThat(PaymentLines.status(jdbc, lines.get(2))).isEqualTo("SENT");
        assertThat(PaymentLines.status(jdbc, pending)).isEqualTo("PENDING");
        assertThat(jdbc.sql("SELECT count(*) FROM payments.message WHERE direction = 'IN' AND message_id LIKE :like")
                .param("like", "%" + cycle).query(Long.class).single()).isEqualTo(1);
        assertThat(denied() - deniedBefore).isEqualTo(9);
    }

    private long denied() {
        return jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = 'payments.recon.receive' AND outcome = 'DENIED'")
                .query(Long.class).single();
    }

    private void refused(BankMessage message, String key) {
        assertThatThrownBy(() -> reconciliation.receive(PaymentLines.BANK, message))
                .isInstanceOf(PaymentRefusedException.class)
                .satisfies(e -> assertThat(((PaymentRefusedException) e).messageKey()).isEqualTo(key));
    }

    private Map<String, Object> exceptionOf(long lineId) {
        return jdbc.sql("SELECT kind, reason_code, status FROM payments.exception WHERE line_id = :line")
                .param("line", lineId).query().singleRow();
    }
}
