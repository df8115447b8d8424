package org.dancu.register.corrections;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.springframework.stereotype.Component;

/**
 * The ledger entries of correction requests, each against the person's ID, so the citizen's "who used
 * my data" finds them: the citizen's request and withdrawal, and the officer's reading of the work
 * list and decisions.
 */
@Component
class CorrectionAudit {

    static final String REQUEST = "register.correction.request";
    static final String WITHDRAW = "register.correction.withdraw";
    static final String LIST = "register.correction.list";
    static final String ACCEPT = "register.correction.accept";
    static final String REJECT = "register.correction.reject";

    private final AuditLedger ledger;

    CorrectionAudit(AuditLedger ledger) {
        this.ledger = ledger;
    }

    /** The citizen acting on their own record; the ledger names them by their masked ID. */
    static Actor citizen(Pin pin) {
        return new Actor(Actor.Kind.CITIZEN, Pin.mask(pin.value()));
    }

    void record(Actor actor, String action, Pin person, long requestId, String origin) {
        ledger.record(new AuditEntry(actor, action, "person", person.value(), null, origin, Outcome.SUCCESS,
                AuditNote.of("audit.note.correction-request", requestId)));
    }
}
