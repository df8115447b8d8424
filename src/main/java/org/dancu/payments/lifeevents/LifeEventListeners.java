package org.dancu.payments.lifeevents;

import java.time.LocalDate;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.register.LifeEventType;
import org.dancu.register.PersonDied;
import org.dancu.register.PersonMoved;
import org.dancu.register.RegisteredPersons;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Life events stop money: the register's {@link PersonDied} and a {@link PersonMoved} out of the province
 * hold the person's lines not yet sent, end their entitlements, and turn a payment booked after a death
 * into a recovery ({@link LifeEventHolds}); what changed is on the ledger against the person. Delivered
 * through the event outbox, so a failure here is retried, never lost.
 */
@Component
class LifeEventListeners {

    static final String HOLD = "payments.lifeevents.hold";
    static final Actor ACTOR = Actor.system("payments.lifeevents");

    private final RegisteredPersons persons;
    private final LifeEventHolds holds;
    private final AuditLedger ledger;

    LifeEventListeners(RegisteredPersons persons, LifeEventHolds holds, AuditLedger ledger) {
        this.persons = persons;
        this.holds = holds;
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(PersonDied event) {
        hold(event.personId(), "DEAD", event.effectiveDate());
    }

    @ApplicationModuleListener
    void on(PersonMoved event) {
        if (event.type() == LifeEventType.MOVE_OUT && !event.resident()) {
            hold(event.personId(), "MOVED_OUT", event.effectiveDate());
        }
    }

    void hold(long personId, String reason, LocalDate on) {
        persons.byId(personId).filter(person -> person.pin() != null).ifPresent(person -> {
            LifeEventHolds.Held held = holds.hold(person.pin(), reason, on);
            if (held.lines() + held.beneficiaries() + held.recoveries() > 0) {
                ledger.record(new AuditEntry(ACTOR, HOLD, "person", person.pin().value(), null, null, Outcome.SUCCESS,
                        AuditNote.of("audit.note.payments.lifeevents.held", AuditNote.label("payments.reason." + reason),
                                held.lines(), held.beneficiaries(), held.recoveries())));
            }
        });
    }
}
