package org.dancu.payments.exceptions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.dancu.security.Scope;
import org.dancu.payments.Disposition;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The officers' exception queue, scoped in SQL: the lines' communes within the officer's locality and,
 * for an agency officer, only the programmes their agency pays. Open exceptions first, oldest first.
 */
@Component
class ExceptionQueueQuery {

    /** One exception as the queue shows it; the ID whole, for the page to show through the officer's PinView. */
    record QueueRow(long id, PaymentException.Kind kind, String reasonCode, Instant raisedAt, PaymentException.Status status,
                    String disposition, String note, String resolvedBy, long lineId, String pin, String communeCode,
                    long amount, String programmeCode, String programmeVi, String programmeEn, String period,
                    LocalDate paidOn) {

        /** What the officer may choose for it. */
        public List<Disposition> allowed() {
            return PaymentException.allowed(kind, reasonCode);
        }
    }

    private static final String ROWS = """
            SELECT e.id, e.kind, e.reason_code, e.raised_at, e.status, e.disposition, e.note, e.resolved_by, l.id AS line_id,
                   l.pin, l.commune_code, l.amount, p.code, p.name_vi, p.name_en, c.period, l.paid_on
            FROM payments.exception e
            JOIN payments.line l ON l.id = e.line_id
            JOIN payments.cycle c ON c.id = l.cycle_id
            JOIN payments.programme p ON p.code = c.programme_code
            WHERE""";

    private final JdbcClient jdbc;

    ExceptionQueueQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scope's exceptions, open ones or resolved ones, at most {@code limit}. */
    List<QueueRow> list(Scope scope, boolean open, int limit) {
        SqlCondition condition = condition(scope);
        return condition.bind(jdbc.sql(ROWS + condition.sql() + "AND e.status = :status"
                        + " ORDER BY e.raised_at" + (open ? "" : " DESC") + ", e.id LIMIT :limit"))
                .param("status", open ? "OPEN" : "RESOLVED").param("limit", limit)
                .query(ExceptionQueueQuery::row).list();
    }

    /** The exception, if the scope sees it. */
    Optional<QueueRow> find(Scope scope, long id) {
        SqlCondition condition = condition(scope);
        return condition.bind(jdbc.sql(ROWS + condition.sql() + "AND e.id = :id")).param("id", id)
                .query(ExceptionQueueQuery::row).optional();
    }

    private static SqlCondition condition(Scope scope) {
        return scope.communes("l.commune_code").and(scope.agency("p.paying_agency"));
    }

    private static QueueRow row(java.sql.ResultSet rs, int number) throws java.sql.SQLException {
        return new QueueRow(rs.getLong("id"), PaymentException.Kind.valueOf(rs.getString("kind")),
                rs.getString("reason_code"), rs.getTimestamp("raised_at").toInstant(),
                PaymentException.Status.valueOf(rs.getString("status")), rs.getString("disposition"),
                rs.getString("note"), rs.getString("resolved_by"), rs.getLong("line_id"), rs.getString("pin"),
                rs.getString("commune_code"), rs.getLong("amount"), rs.getString("code"), rs.getString("name_vi"),
                rs.getString("name_en"), rs.getString("period"), rs.getObject("paid_on", LocalDate.class));
    }
}
