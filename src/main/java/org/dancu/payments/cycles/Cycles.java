package org.dancu.payments.cycles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.dancu.payments.CycleStatus;
import org.dancu.payments.ProgrammeCode;
import org.dancu.payments.Vnd;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cycles, as a collection: add a new one, find one, save what changed. Saving checks that nobody
 * changed the cycle since it was read and publishes the events it registered, in the saving transaction.
 */
@Repository
public class Cycles {

    private static final String SELECT = "SELECT id, version, programme_code, period, pays_on, cut_off, status,"
            + " line_count, control_sum, prepared_by, prepared_at, approved_by, approved_at, sent_at, settled_at"
            + " FROM payments.cycle";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Cycles(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Stores a new cycle; returns it as stored. */
    @Transactional
    Cycle add(Cycle cycle) {
        if (cycle.id() != null) {
            throw new IllegalArgumentException("cycle " + cycle.id() + " is already stored");
        }
        long id = jdbc.sql("""
                        INSERT INTO payments.cycle (version, programme_code, period, pays_on, cut_off, status)
                        VALUES (0, :programme, :period, :paysOn, :cutOff, :status) RETURNING id""")
                .param("programme", cycle.programme().value()).param("period", cycle.period())
                .param("paysOn", cycle.paysOn()).param("cutOff", cycle.cutOff()).param("status", cycle.status().name())
                .query(Long.class).single();
        return findById(id).orElseThrow();
    }

    public Optional<Cycle> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query((rs, i) -> cycle(rs)).optional();
    }

    /** How many cycles there are, of every programme. */
    long count() {
        return jdbc.sql("SELECT count(*) FROM payments.cycle").query(Long.class).single();
    }

    Optional<Cycle> find(ProgrammeCode programme, String period) {
        return jdbc.sql(SELECT + " WHERE programme_code = :programme AND period = :period")
                .param("programme", programme.value()).param("period", period).query((rs, i) -> cycle(rs)).optional();
    }

    /**
     * Stores the cycle's status, totals and signatures, and publishes the events it registered.
     *
     * @throws OptimisticLockingFailureException when the cycle changed since it was read
     */
    @Transactional
    public void save(Cycle cycle) {
        CycleTotals totals = cycle.totals();
        int updated = jdbc.sql("""
                        UPDATE payments.cycle SET version = version + 1, status = :status, line_count = :lines,
                               control_sum = :sum, prepared_by = :preparedBy, prepared_at = :preparedAt,
                               approved_by = :approvedBy, approved_at = :approvedAt, sent_at = :sentAt,
                               settled_at = :settledAt
                        WHERE id = :id AND version = :version""")
                .param("status", cycle.status().name())
                .param("lines", totals == null ? null : totals.lineCount())
                .param("sum", totals == null ? null : totals.controlSum().dong())
                .param("preparedBy", cycle.preparedBy()).param("preparedAt", timestamp(cycle.preparedAt()))
                .param("approvedBy", cycle.approvedBy()).param("approvedAt", timestamp(cycle.approvedAt()))
                .param("sentAt", timestamp(cycle.sentAt())).param("settledAt", timestamp(cycle.settledAt()))
                .param("id", cycle.id()).param("version", cycle.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("cycle " + cycle.id() + " changed since it was read");
        }
        cycle.events().forEach(events::publishEvent);
        cycle.clearEvents();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Cycle cycle(ResultSet rs) throws SQLException {
        Object lines = rs.getObject("line_count");
        CycleTotals totals = lines == null ? null
                : new CycleTotals(rs.getInt("line_count"), Vnd.of(rs.getLong("control_sum")));
        return new Cycle(rs.getLong("id"), rs.getLong("version"), new ProgrammeCode(rs.getString("programme_code")),
                rs.getString("period"), rs.getObject("pays_on", LocalDate.class), rs.getObject("cut_off", LocalDate.class),
                CycleStatus.valueOf(rs.getString("status")), totals, rs.getString("prepared_by"),
                instant(rs, "prepared_at"), rs.getString("approved_by"), instant(rs, "approved_at"),
                instant(rs, "sent_at"), instant(rs, "settled_at"));
    }
}
