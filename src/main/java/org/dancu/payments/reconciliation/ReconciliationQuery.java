package org.dancu.payments.reconciliation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.dancu.civil.Pin;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Matching a bank's answers to the lines in bulk, inside the caller's transaction: the answers are copied
 * into a staging table of this transaction, checked against the lines in a few set-wise queries, then
 * applied by one {@code UPDATE … FROM} per outcome, each guarded by the statuses a line may move from, so
 * a late or repeated answer moves nothing. Rejections and returns become open exceptions in the same
 * statement's wake; a payment booked after its person's recorded death becomes a recovery.
 */
@Component
class ReconciliationQuery {

    /** A line the message moved to RETURNED. */
    record Returned(long lineId, long cycleId, Pin pin, String reason) {
    }

    /** Lines of one cycle the message booked as paid, and their communes. */
    record Booked(long cycleId, int lines, List<String> communes) {
    }

    /** The first problem with the answers against the lines, and how many answers share it. */
    record Mismatch(String problem, String endToEndId, long count) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ReconciliationQuery(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Copies the answers the reader hands to its consumer into this transaction's staging table; returns how many. */
    long stage(Consumer<Consumer<BankAnswer>> reader) {
        jdbc.sql("""
                CREATE TEMP TABLE recon_answer (end_to_end_id text, outcome text NOT NULL, amount bigint, reason text,
                                                booked_on date) ON COMMIT DROP""").update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        long[] staged = {0};
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(
                connection.unwrap(PGConnection.class), "COPY recon_answer FROM STDIN"), StandardCharsets.UTF_8), 1 << 16)) {
            reader.accept(answer -> {
                write(out, answer);
                staged[0]++;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot stage the bank's answers", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("ANALYZE recon_answer").update();
        return staged[0];
    }

    /** Stages every line of a pain.001 the bank rejected as a whole, with the group's reason. */
    void stageWholeFile(long outMessageId, String reason) {
        jdbc.sql("""
                        INSERT INTO recon_answer (end_to_end_id, outcome, reason)
                        SELECT end_to_end_id, 'REJECTED', :reason FROM payments.line WHERE message_id = :message""")
                .param("reason", reason).param("message", outMessageId).update();
    }

    /**
     * The first reason the answers cannot be applied: an answer without EndToEndId, one given twice, one
     * for a payment never sent to this bank (no such line, another bank, or a line not sent), or an amount
     * other than the line's.
     */
    Optional<Mismatch> firstMismatch(String bankBin) {
        return jdbc.sql("""
                        WITH problems AS (
                            SELECT 'missing-id' AS problem, NULL AS e2e FROM recon_answer WHERE end_to_end_id IS NULL
                            UNION ALL
                            SELECT 'duplicate', end_to_end_id FROM recon_answer
                            GROUP BY end_to_end_id, outcome HAVING count(*) > 1
                            UNION ALL
                            SELECT 'unknown', a.end_to_end_id FROM recon_answer a
                            LEFT JOIN payments.line l ON l.end_to_end_id = a.end_to_end_id
                            WHERE a.end_to_end_id IS NOT NULL
                              AND (l.id IS NULL OR l.bank_bin IS DISTINCT FROM :bank OR l.status IN ('PENDING', 'HELD'))
                            UNION ALL
                            SELECT 'amount', a.end_to_end_id FROM recon_answer a
                            JOIN payments.line l ON l.end_to_end_id = a.end_to_end_id
                            WHERE a.amount IS NOT NULL AND a.amount <> l.amount)
                        SELECT problem, min(e2e), count(*) FROM problems GROUP BY problem ORDER BY problem LIMIT 1""")
                .param("bank", bankBin)
                .query((rs, i) -> new Mismatch(rs.getString(1), rs.getString(2), rs.getLong(3))).optional();
    }

    /** The bank's acceptances: SENT lines become ACCEPTED. */
    int accept(long messageId) {
        return jdbc.sql("""
                        UPDATE payments.line l SET version = l.version + 1, status = 'ACCEPTED', answered_by = :message
                        FROM recon_answer a
                        WHERE a.outcome = 'ACCEPTED' AND l.end_to_end_id = a.end_to_end_id AND l.status = 'SENT'""")
                .param("message", messageId).update();
    }

    /** The bookings: SENT or ACCEPTED lines become PAID on their booking date. */
    int book(long messageId) {
        return jdbc.sql("""
                        UPDATE payments.line l SET version = l.version + 1, status = 'PAID', paid_on = a.booked_on,
                               answered_by = :message
                        FROM recon_answer a
                        WHERE a.outcome = 'PAID' AND l.end_to_end_id = a.end_to_end_id AND l.status IN ('SENT', 'ACCEPTED')""")
                .param("message", messageId).update();
    }

    /**
     * Rejections (of a line not yet paid) and returns (of a line sent, accepted or paid) become RETURNED
     * with the bank's reason, each with an open exception of its kind.
     */
    int returnLines(long messageId) {
        return jdbc.sql("""
                        WITH moved AS (
                            UPDATE payments.line l SET version = l.version + 1, status = 'RETURNED', reason_code = a.reason,
                                   answered_by = :message
                            FROM recon_answer a
                            WHERE l.end_to_end_id = a.end_to_end_id
                              AND ((a.outcome = 'REJECTED' AND l.status IN ('SENT', 'ACCEPTED'))
                                   OR (a.outcome = 'RETURNED' AND l.status IN ('SENT', 'ACCEPTED', 'PAID')))
                            RETURNING l.id, a.outcome, a.reason)
                        INSERT INTO payments.exception (version, line_id, kind, reason_code, raised_at, status)
                        SELECT 0, id, CASE outcome WHEN 'REJECTED' THEN 'REJECTED' ELSE 'RETURNED' END,
                               coalesce(reason, 'NARR'), now(), 'OPEN'
                        FROM moved""")
                .param("message", messageId).update();
    }

    /** Lines this message booked after the death their beneficiary ended on: recoveries to decide. */
    int paidAfterDeath(long messageId) {
        return jdbc.sql("""
                        INSERT INTO payments.exception (version, line_id, kind, reason_code, raised_at, status)
                        SELECT 0, l.id, 'PAID_AFTER_DEATH', 'DEAD', now(), 'OPEN'
                        FROM payments.line l JOIN payments.beneficiary b ON b.id = l.beneficiary_id
                        WHERE l.answered_by = :message AND l.status = 'PAID'
                          AND b.status = 'ENDED' AND b.status_reason = 'DEAD' AND l.paid_on > b.ends_on""")
                .param("message", messageId).update();
    }

    List<Booked> booked(long messageId) {
        return jdbc.sql("""
                        SELECT cycle_id, count(*), array_agg(DISTINCT commune_code ORDER BY commune_code)
                        FROM payments.line WHERE answered_by = :message AND status = 'PAID' GROUP BY cycle_id""")
                .param("message", messageId)
                .query((rs, i) -> new Booked(rs.getLong(1), rs.getInt(2), List.of((String[]) rs.getArray(3).getArray())))
                .list();
    }

    List<Returned> returned(long messageId) {
        return jdbc.sql("""
                        SELECT id, cycle_id, pin, reason_code FROM payments.line
                        WHERE answered_by = :message AND status = 'RETURNED' ORDER BY id""")
                .param("message", messageId)
                .query((rs, i) -> new Returned(rs.getLong(1), rs.getLong(2), Pin.of(rs.getString(3)), rs.getString(4)))
                .list();
    }

    private static void write(Writer out, BankAnswer answer) {
        try {
            out.write(text(answer.endToEndId()));
            out.write('\t');
            out.write(answer.outcome().name());
            out.write('\t');
            out.write(answer.amount() == null ? "\\N" : Long.toString(answer.amount()));
            out.write('\t');
            out.write(text(answer.reason()));
            out.write('\t');
            out.write(answer.bookedOn() == null ? "\\N" : answer.bookedOn().toString());
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value in COPY's text format: null as {@code \N}, the format's special characters escaped. */
    private static String text(String value) {
        if (value == null) {
            return "\\N";
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
