package org.dancu.payments.exceptions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.dancu.payments.Disposition;
import org.dancu.payments.PaymentStateException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The payment exceptions as a collection: find one, save what an officer decided. Saving stores the
 * decision only if nobody decided meanwhile, and publishes the events the exception registered in the
 * caller's transaction. Exceptions are raised in bulk by reconciliation and the life-event holds (their
 * query classes); the queue is read by {@link ExceptionQueueQuery}.
 */
@Repository
class PaymentExceptions {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PaymentExceptions(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Optional<PaymentException> findById(long id) {
        return jdbc.sql("""
                        SELECT id, version, line_id, kind, reason_code, raised_at, status, disposition, note, resolved_by,
                               resolved_at
                        FROM payments.exception WHERE id = :id""")
                .param("id", id).query(PaymentExceptions::read).optional();
    }

    /**
     * Stores the exception's decision and publishes its events.
     *
     * @throws PaymentStateException when another officer decided it since it was read; nothing stored
     */
    void save(PaymentException exception) {
        int updated = jdbc.sql("""
                        UPDATE payments.exception SET version = version + 1, status = :status, disposition = :disposition,
                               note = :note, resolved_by = :by, resolved_at = :at
                        WHERE id = :id AND version = :version""")
                .param("status", exception.status().name())
                .param("disposition", exception.disposition() == null ? null : exception.disposition().name())
                .param("note", exception.note()).param("by", exception.resolvedBy())
                .param("at", exception.resolvedAt() == null ? null : Timestamp.from(exception.resolvedAt()))
                .param("id", exception.id()).param("version", exception.version()).update();
        if (updated == 0) {
            throw new PaymentStateException("payments.exception.refused.resolved", exception.id());
        }
        exception.events().forEach(events::publishEvent);
        exception.saved();
    }

    private static PaymentException read(ResultSet row, int number) throws SQLException {
        String disposition = row.getString("disposition");
        return new PaymentException(row.getLong("id"), row.getLong("version"), row.getLong("line_id"),
                PaymentException.Kind.valueOf(row.getString("kind")), row.getString("reason_code"),
                instant(row.getTimestamp("raised_at")), PaymentException.Status.valueOf(row.getString("status")),
                disposition == null ? null : Disposition.valueOf(disposition), row.getString("note"),
                row.getString("resolved_by"), instant(row.getTimestamp("resolved_at")));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
