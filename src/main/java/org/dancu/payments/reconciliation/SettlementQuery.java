package org.dancu.payments.reconciliation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a sent cycle can close, counted from its lines: none still on its way (pending, sent, accepted,
 * due in cash), none returned without a decision, no exception open on any of them; and the lines paid
 * (by bank or in cash) plus those an officer disposed of count and sum exactly the totals approved.
 */
@Component
class SettlementQuery {

    /** A cycle's state as settlement weighs it. */
    record Standing(String status, long unfinished, long approvedCount, long approvedSum, long accountedCount,
                    long accountedSum) {

        boolean settles() {
            return "SENT".equals(status) && unfinished == 0 && accountedCount == approvedCount
                    && accountedSum == approvedSum;
        }
    }

    private final JdbcClient jdbc;

    SettlementQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The cycle's standing, its row locked until the caller's transaction ends: two events weighing one
     * cycle at once are weighed one after the other, so the second finds it closed.
     */
    Optional<Standing> standing(long cycleId) {
        jdbc.sql("SELECT id FROM payments.cycle WHERE id = :cycle FOR UPDATE").param("cycle", cycleId).query(Long.class)
                .optional();
        return jdbc.sql("""
                        WITH lines AS (
                            SELECT l.status, l.amount,
                                   EXISTS (SELECT 1 FROM payments.exception e WHERE e.line_id = l.id AND e.status = 'OPEN') AS open,
                                   EXISTS (SELECT 1 FROM payments.exception e WHERE e.line_id = l.id
                                                                               AND e.status = 'RESOLVED') AS decided
                            FROM payments.line l WHERE l.cycle_id = :cycle)
                        SELECT c.status,
                               (SELECT count(*) FROM lines WHERE status IN ('PENDING', 'SENT', 'ACCEPTED', 'CASH_DUE')
                                    OR (status = 'RETURNED' AND NOT decided) OR open),
                               coalesce(c.line_count, 0), coalesce(c.control_sum, 0),
                               (SELECT count(*) FROM lines WHERE status IN ('PAID', 'PAID_CASH')
                                    OR (status IN ('RETURNED', 'CANCELLED') AND decided)),
                               (SELECT coalesce(sum(amount), 0) FROM lines WHERE status IN ('PAID', 'PAID_CASH')
                                    OR (status IN ('RETURNED', 'CANCELLED') AND decided))
                        FROM payments.cycle c WHERE c.id = :cycle""")
                .param("cycle", cycleId)
                .query((rs, i) -> new Standing(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .optional();
    }

    /** The lines held before the file left are dropped as the cycle closes; returns the communes paid. */
    List<String> close(long cycleId) {
        jdbc.sql("UPDATE payments.line SET version = version + 1, status = 'CANCELLED' WHERE cycle_id = :cycle"
                        + " AND status = 'HELD'")
                .param("cycle", cycleId).update();
        return jdbc.sql("SELECT DISTINCT commune_code FROM payments.line WHERE cycle_id = :cycle"
                        + " AND status IN ('PAID', 'PAID_CASH') ORDER BY 1")
                .param("cycle", cycleId).query(String.class).list();
    }

    /** The cycle of the line. */
    long cycleOf(long lineId) {
        return jdbc.sql("SELECT cycle_id FROM payments.line WHERE id = :line").param("line", lineId)
                .query(Long.class).single();
    }
}
