package org.dancu.payments;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.dancu.payments.bank.BankMessage;
import org.dancu.payments.reconciliation.BankReplies;
import org.dancu.payments.reconciliation.Reconciliation;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lines as a sent cycle holds them, written straight into payments' tables for the tests of what happens
 * after sending (reconciliation, exceptions, life events): a programme of its own paid by the social
 * protection agency, cycles of a period no other test uses, beneficiaries and their lines to one bank.
 */
public final class PaymentLines {

    /** The bank every line here is paid through (its NAPAS BIN). */
    public static final String BANK = "970415";
    public static final String PROGRAMME = "TEST_RECONCILED";
    public static final long AMOUNT = 500_000;

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private PaymentLines() {
    }

    /** The test programme, paid by the social protection agency (stored once). */
    public static void programme(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO payments.programme (code, kind, family, name_vi, name_en, paying_agency)
                VALUES ('TEST_RECONCILED', 'MONTHLY_ASSISTANCE', 'SOCIAL', 'Trợ cấp xã hội hằng tháng (thử)',
                        'Monthly social assistance (test)', 'SO_YT') ON CONFLICT DO NOTHING""").update();
    }

    /** A new cycle of the test programme in that status, paying on {@code paysOn}; returns its id. */
    public static long cycle(JdbcClient jdbc, String status, LocalDate paysOn) {
        programme(jdbc);
        return jdbc.sql("""
                        INSERT INTO payments.cycle (version, programme_code, period, pays_on, cut_off, status)
                        VALUES (0, :programme, :period, :paysOn, :cutOff, :status) RETURNING id""")
                .param("programme", PROGRAMME).param("period", "T" + SEQUENCE.incrementAndGet())
                .param("paysOn", paysOn).param("cutOff", paysOn.minusMonths(1).withDayOfMonth(25))
                .param("status", status).query(Long.class).single();
    }

    public static long cycle(JdbcClient jdbc, String status) {
        return cycle(jdbc, status, LocalDate.of(2026, 12, 5));
    }

    /** The control totals the cycle's checker approved. */
    public static void approvedTotals(JdbcClient jdbc, long cycleId, int lines, long sum) {
        jdbc.sql("UPDATE payments.cycle SET line_count = :lines, control_sum = :sum WHERE id = :id")
                .param("lines", lines).param("sum", sum).param("id", cycleId).update();
    }

    /** An ACTIVE beneficiary of the test programme for the person; returns its id. */
    public static long beneficiary(JdbcClient jdbc, String pin, String communeCode) {
        return jdbc.sql("""
                        INSERT INTO payments.beneficiary (version, programme_code, pin, claimed_pin, claimed_name, commune_code,
                               coefficient, decision_ref, decision_date, starts_on, status, entered_by, entered_at)
                        VALUES (0, :programme, :pin, :pin, :name, :commune, 1.0, :decision, DATE '2026-01-10',
                                DATE '2026-02-01', 'ACTIVE', 'test', now()) RETURNING id""")
                .param("programme", PROGRAMME).param("pin", pin).param("name", "Người Thử " + SEQUENCE.incrementAndGet())
                .param("commune", communeCode).param("decision", "QĐ " + SEQUENCE.incrementAndGet() + "/2026")
                .query(Long.class).single();
    }

    /** A line of the beneficiary in the cycle, paid to an account at {@link #BANK}; returns its id. */
    public static long line(JdbcClient jdbc, long cycleId, long beneficiaryId, String status) {
        return jdbc.sql("""
                        INSERT INTO payments.line (cycle_id, beneficiary_id, pin, commune_code, amount, channel, bank_bin,
                                                   end_to_end_id, status)
                        SELECT :cycle, b.id, b.pin, b.commune_code, :amount, 'BANK_ACCOUNT', :bank, :e2e, :status
                        FROM payments.beneficiary b WHERE b.id = :beneficiary RETURNING id""")
                .param("cycle", cycleId).param("beneficiary", beneficiaryId).param("amount", AMOUNT)
                .param("bank", BANK).param("e2e", "T" + SEQUENCE.incrementAndGet()).param("status", status)
                .query(Long.class).single();
    }

    /** A pain.001 of that id sent to {@link #BANK} holding the lines, with their count and sum. */
    public static long sentFile(JdbcClient jdbc, long cycleId, String messageId, List<Long> lineIds) {
        long id = jdbc.sql("""
                        INSERT INTO payments.message (direction, type, message_id, bank_bin, cycle_id, nb_of_txs, ctrl_sum,
                                                      sha256, content)
                        VALUES ('OUT', 'pain.001', :id, :bank, :cycle, :count, :sum, :sha, :content) RETURNING id""")
                .param("id", messageId).param("bank", BANK).param("cycle", cycleId).param("count", lineIds.size())
                .param("sum", AMOUNT * lineIds.size()).param("sha", new byte[32])
                .param("content", "<Document/>".getBytes(StandardCharsets.UTF_8)).query(Long.class).single();
        jdbc.sql("UPDATE payments.line SET message_id = :message WHERE id IN (:lines)")
                .param("message", id).param("lines", lineIds).update();
        return id;
    }

    /**
     * The line's bank sends it back for that reason in a camt.054, received as the bank polling receives it:
     * the line RETURNED with its open exception, whose id this returns.
     */
    public static long returnedByTheBank(ApplicationContext context, long lineId, String reason) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        context.getBean(Reconciliation.class).receive(BANK, new BankMessage(1, "camt.054", BankReplies.camt054(
                "RETURN-" + lineId, List.of(BankReplies.Entry.returned(endToEndId(jdbc, lineId), AMOUNT, reason)))));
        return jdbc.sql("SELECT id FROM payments.exception WHERE line_id = :line").param("line", lineId)
                .query(Long.class).single();
    }

    /** Marks the line returned by the bank for that reason, with the open exception reconciliation raises. */
    public static long returned(JdbcClient jdbc, long lineId, String reason) {
        jdbc.sql("UPDATE payments.line SET status = 'RETURNED', reason_code = :reason WHERE id = :id")
                .param("reason", reason).param("id", lineId).update();
        return jdbc.sql("""
                        INSERT INTO payments.exception (version, line_id, kind, reason_code, raised_at, status)
                        VALUES (0, :line, 'RETURNED', :reason, now(), 'OPEN') RETURNING id""")
                .param("line", lineId).param("reason", reason).query(Long.class).single();
    }

    /** A verified welfare account of the person at {@link #BANK} (its number stands in, not encrypted); returns its id. */
    public static long verifiedAccount(JdbcClient jdbc, String pin) {
        return jdbc.sql("""
                        INSERT INTO payments.account (version, pin, bank_bin, kind, number_cipher, number_hash, number_last4,
                                                      source, name_verdict, status, linked_at, checked_at)
                        VALUES (0, :pin, :bank, 'BANK_ACCOUNT', :number, :number, '0042', 'PORTAL', 'MATCH', 'VERIFIED',
                                now(), now()) RETURNING id""")
                .param("pin", pin).param("bank", BANK).param("number", pin.getBytes(StandardCharsets.UTF_8))
                .query(Long.class).single();
    }

    public static String endToEndId(JdbcClient jdbc, long lineId) {
        return jdbc.sql("SELECT end_to_end_id FROM payments.line WHERE id = :id").param("id", lineId)
                .query(String.class).single();
    }

    public static String status(JdbcClient jdbc, long lineId) {
        return jdbc.sql("SELECT status FROM payments.line WHERE id = :id").param("id", lineId).query(String.class).single();
    }

    /** A fresh ID no test of payments used, of a woman born in 1950. */
    public static String pin() {
        return String.format("011150%06d", SEQUENCE.incrementAndGet() % 1_000_000);
    }
}
