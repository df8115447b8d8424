package org.dancu.cleansing.internal.evaluation;

import java.util.List;

import org.dancu.cleansing.evaluation.Evaluation;
import org.dancu.register.PersonCorrected;
import org.dancu.register.PersonDied;
import org.dancu.register.PersonMoved;
import org.dancu.register.PersonRegistered;
import org.dancu.register.PersonsImported;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Re-opens the records linked to (or proposed for) a person whose register entry changed: their
 * criteria are computed again against the register as it is now, so a death turns "live" into a
 * failure with its reason. Any change to the register, one person or an applied import, drops the
 * linking index, so the next evaluation links against the register as it is. Delivered through the
 * event outbox, so a failure here is retried, never lost.
 */
@Component
class RegisterEvents {

    private final JdbcClient jdbc;
    private final Evaluation evaluation;
    private final RegisterLinking linking;

    RegisterEvents(JdbcClient jdbc, Evaluation evaluation, RegisterLinking linking) {
        this.jdbc = jdbc;
        this.evaluation = evaluation;
        this.linking = linking;
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

    @ApplicationModuleListener
    void on(PersonRegistered event) {
        linking.invalidate();
    }

    @ApplicationModuleListener
    void on(PersonsImported event) {
        linking.invalidate();
    }

    private void reopen(long personId, String cause) {
        linking.invalidate();
        List<Long> records = jdbc.sql("""
                        SELECT record_id FROM cleansing.record WHERE person_id = :person OR candidate_id = :person""")
                .param("person", personId).query(Long.class).list();
        evaluation.reassess(records, cause);
    }
}
