package org.dancu.cleansing.evaluation;

import java.util.List;

import org.dancu.cleansing.evaluation.Evaluation;
import org.dancu.register.PersonCorrected;
import org.dancu.register.PersonDied;
import org.dancu.register.PersonMoved;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Re-opens the records linked to (or proposed for) a person whose register entry changed: their
 * criteria are computed again against the register as it is now, so a death turns "live" into a
 * failure with its reason. (The register itself drops what it holds for linking on any change.)
 * Delivered through the event outbox, so a failure here is retried, never lost.
 */
@Component
class RegisterEvents {

    private final JdbcClient jdbc;
    private final Evaluation evaluation;

    RegisterEvents(JdbcClient jdbc, Evaluation evaluation) {
        this.jdbc = jdbc;
        this.evaluation = evaluation;
    }

    @ApplicationModuleListener
    void on(PersonDied event) {
        reopen(event.personId(), "PersonDied");
    }

    @ApplicationModuleListener
    void on(PersonMoved event) {
        reopen(event.personId(), "PersonMoved");
    }

    @ApplicationModuleListener
    void on(PersonCorrected event) {
        reopen(event.personId(), "PersonCorrected");
    }

    private void reopen(long personId, String cause) {
        List<Long> records = jdbc.sql("""
                        SELECT record_id FROM cleansing.record WHERE person_id = :person OR candidate_id = :person""")
                .param("person", personId).query(Long.class).list();
        evaluation.reassess(records, cause);
    }
}
