package org.dancu.workdays.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.dancu.workdays.CalendarDecision;
import org.dancu.workdays.DecisionRefused;
import org.dancu.workdays.Occasion;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recorded calendar decisions, as a collection. */
@Repository
class CalendarDecisions {

    private static final String EXCLUSION_VIOLATION = "23P01";

    private final JdbcClient jdbc;

    CalendarDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarDecision> all() {
        return jdbc.sql("SELECT occasion, day_off, first_day, last_day, source FROM workdays.calendar_decision"
                        + " ORDER BY first_day")
                .query((rs, n) -> new CalendarDecision(Occasion.valueOf(rs.getString(1)), rs.getBoolean(2),
                        rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(), rs.getString(5)))
                .list();
    }

    /**
     * Stores the decision. The check before it sees only what was committed; a decision for the same days
     * recorded at the same moment is stopped by the table's exclusion constraint and refused in words.
     */
    void add(CalendarDecision decision, String recordedBy, Instant at) {
        try {
            insert(decision, recordedBy, at);
        } catch (DataIntegrityViolationException e) {
            if (e.getMostSpecificCause() instanceof SQLException cause && EXCLUSION_VIOLATION.equals(cause.getSQLState())) {
                throw new DecisionRefused("workdays.refused.overlap-just-recorded");
            }
            throw e;
        }
    }

    private void insert(CalendarDecision decision, String recordedBy, Instant at) {
        jdbc.sql("INSERT INTO workdays.calendar_decision (occasion, day_off, first_day, last_day, source, recorded_by,"
                        + " recorded_at) VALUES (:occasion, :off, :first, :last, :source, :by, :at)")
                .param("occasion", decision.occasion().name()).param("off", decision.dayOff())
                .param("first", decision.first()).param("last", decision.last()).param("source", decision.source())
                .param("by", recordedBy).param("at", java.sql.Timestamp.from(at)).update();
    }
}
