package org.dancu.register.lifeevents;

import java.util.Map;

import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.PersonDied;
import org.dancu.register.PersonField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a married person dies, the spouse recorded in the register becomes widowed on the day of the
 * death. It listens through the event outbox: it runs once the death is committed, in a
 * transaction of its own, and should it fail the publication stays incomplete in
 * {@code event_publication} for Spring Modulith to resubmit, so the death never goes unanswered.
 */
@Component
class SurvivingSpouse {

    static final String COMPONENT = "register.surviving-spouse";

    private final JdbcClient jdbc;
    private final JdbcLifeEvents lifeEvents;

    SurvivingSpouse(JdbcClient jdbc, JdbcLifeEvents lifeEvents) {
        this.jdbc = jdbc;
        this.lifeEvents = lifeEvents;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PersonDied died) {
        jdbc.sql("""
                        SELECT s.person_id FROM register.person d
                        JOIN register.person s ON s.pin = d.spouse_pin AND s.spouse_pin = d.pin
                        WHERE d.person_id = :id AND s.alive AND s.marital_status = 'MARRIED'""")
                .param("id", died.personId())
                .query(Long.class)
                .optional()
                .ifPresent(spouse -> lifeEvents.recordDerived(spouse, new LifeEventRequest(LifeEventType.CORRECTION,
                        died.effectiveDate(), "death of the spouse, person " + died.personId(),
                        Map.of(PersonField.MARITAL_STATUS, "WIDOWED"), null), COMPONENT));
    }
}
