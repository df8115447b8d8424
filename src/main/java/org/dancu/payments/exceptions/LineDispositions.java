package org.dancu.payments.exceptions;

import java.util.Optional;

import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.PaymentStateException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a disposition does to the exception's line, each move guarded in SQL by the state it starts from:
 * a returned line goes to cash or is cancelled; a re-payment is a new line in the programme's next cycle
 * whose list is still open, to the person's verified account; a recovery or a write-off leaves the paid
 * line as it is (the money did leave).
 */
@Component
class LineDispositions {

    /** The reasons for which the bank will refuse the same account again. */
    private static final String ACCOUNT_REASONS = "('AC01', 'AC04', 'AC06', 'AG01', 'BE01')";

    private final JdbcClient jdbc;

    LineDispositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void apply(PaymentException exception) {
        switch (exception.disposition()) {
            case CASH -> move(exception, "CASH_DUE");
            case CANCEL -> {
                if (exception.kind() != PaymentException.Kind.PAID_AFTER_DEATH) {
                    move(exception, "CANCELLED");
                }
            }
            case REPAY -> repay(exception);
            case RECOVER -> { }
        }
    }

    private void move(PaymentException exception, String to) {
        int moved = jdbc.sql("UPDATE payments.line SET version = version + 1, status = :to"
                        + " WHERE id = :line AND status = 'RETURNED'")
                .param("to", to).param("line", exception.lineId()).update();
        if (moved == 0) {
            throw new PaymentStateException("payments.exception.refused.line-moved", exception.id());
        }
    }

    /** A new pending line for the returned amount in the next cycle of the programme still open to changes. */
    private void repay(PaymentException exception) {
        long nextCycle = nextOpenCycle(exception.lineId())
                .orElseThrow(() -> new PaymentRefusedException("payments.exception.refused.no-next-cycle", exception.id()));
        Long account = jdbc.sql("""
                        SELECT a.id FROM payments.line l JOIN payments.account a ON a.pin = l.pin AND a.status = 'VERIFIED'
                        WHERE l.id = :line AND NOT (a.id IS NOT DISTINCT FROM l.account_id
                                                    AND l.reason_code IN\s""" + ACCOUNT_REASONS + ")")
                .param("line", exception.lineId()).query(Long.class).optional()
                .orElseThrow(() -> new PaymentRefusedException("payments.exception.refused.no-account", exception.id()));
        int added = jdbc.sql("""
                        INSERT INTO payments.line (cycle_id, beneficiary_id, pin, commune_code, amount, channel, account_id,
                                                   bank_bin, end_to_end_id, status, repays_line_id)
                        SELECT :cycle, l.beneficiary_id, l.pin, l.commune_code, l.amount, a.kind, a.id, a.bank_bin,
                               'RP' || l.id, 'PENDING', l.id
                        FROM payments.line l JOIN payments.account a ON a.id = :account
                        WHERE l.id = :line AND l.status = 'RETURNED'
                        ON CONFLICT DO NOTHING""")
                .param("cycle", nextCycle).param("account", account).param("line", exception.lineId()).update();
        if (added == 0) {
            throw new PaymentStateException("payments.exception.refused.line-moved", exception.id());
        }
    }

    private Optional<Long> nextOpenCycle(long lineId) {
        return jdbc.sql("""
                        SELECT n.id FROM payments.line l
                        JOIN payments.cycle c ON c.id = l.cycle_id
                        JOIN payments.cycle n ON n.programme_code = c.programme_code AND n.pays_on > c.pays_on
                                             AND n.status IN ('OPEN', 'LOCKED')
                        WHERE l.id = :line ORDER BY n.pays_on LIMIT 1""")
                .param("line", lineId).query(Long.class).optional();
    }
}
