package org.dancu.national.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.dancu.national.ReconciliationFinished;
import org.dancu.national.ReconciliationRun;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The runs of the reconciliation and their cursors, in {@code national.run}. */
@Repository
class ReconciliationRuns {

    private static final String SELECT = "SELECT run_id, state, started_at, finished_at, started_by, total, checked,"
            + " matched, mismatched, unknown, last_error, cursor_person_id FROM national.run ";

    /** A run and the last person it checked. */
    record Open(ReconciliationRun run, long cursor) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ReconciliationRuns(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Optional<Open> open() {
        return jdbc.sql(SELECT + "WHERE state = 'RUNNING'").query(ReconciliationRuns::row).optional();
    }

    Optional<ReconciliationRun> latest() {
        return jdbc.sql(SELECT + "ORDER BY run_id DESC LIMIT 1").query(ReconciliationRuns::row).optional()
                .map(Open::run);
    }

    Open start(String startedBy, long total) {
        long id = jdbc.sql("INSERT INTO national.run (started_by, state, total) VALUES (:by, 'RUNNING', :total)"
                        + " RETURNING run_id")
                .param("by", startedBy).param("total", total).query(Long.class).single();
        return get(id);
    }

    Open get(long runId) {
        return jdbc.sql(SELECT + "WHERE run_id = :id").param("id", runId).query(ReconciliationRuns::row).single();
    }

    void advance(long runId, long cursor, Tally tally) {
        jdbc.sql("""
                        UPDATE national.run SET cursor_person_id = :cursor, checked = checked + :checked,
                               matched = matched + :matched, mismatched = mismatched + :mismatched,
                               unknown = unknown + :unknown, last_error = NULL
                        WHERE run_id = :id""")
                .param("cursor", cursor).param("checked", tally.checked()).param("matched", tally.matched())
                .param("mismatched", tally.mismatched()).param("unknown", tally.unknown()).param("id", runId)
                .update();
    }

    void interrupted(long runId, String reason) {
        jdbc.sql("UPDATE national.run SET last_error = :reason WHERE run_id = :id")
                .param("reason", reason).param("id", runId).update();
    }

    /** Marks the run done and announces it; to be called in a transaction, which delivers the event on commit. */
    void finish(long runId) {
        long checked = jdbc.sql("UPDATE national.run SET state = 'DONE', finished_at = now() WHERE run_id = :id"
                        + " RETURNING checked")
                .param("id", runId).query(Long.class).single();
        events.publishEvent(new ReconciliationFinished(runId, checked));
    }

    private static Open row(ResultSet rs, int row) throws SQLException {
        return new Open(new ReconciliationRun(rs.getLong("run_id"), rs.getString("state"),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                rs.getString("started_by"), rs.getLong("total"), rs.getLong("checked"), rs.getLong("matched"),
                rs.getLong("mismatched"), rs.getLong("unknown"), rs.getString("last_error")),
                rs.getLong("cursor_person_id"));
    }
}
