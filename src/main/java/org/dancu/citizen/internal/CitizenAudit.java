package org.dancu.citizen.internal;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.citizen.Citizen;
import org.springframework.stereotype.Component;

/** The portal's ledger entries: the signed-in citizen as the actor, a person by ID as the object. */
@Component
public class CitizenAudit {

    public static final String PERSON = "person";

    private final AuditLedger ledger;

    CitizenAudit(AuditLedger ledger) {
        this.ledger = ledger;
    }

    /** The citizen read their own data; returns once the entry is committed, so the data may leave. */
    public void readOwn(Citizen citizen, String action, String origin) {
        ledger.record(new AuditEntry(Actor.citizen(citizen.pin()), action, PERSON, citizen.pin().value(), null,
                origin, Outcome.SUCCESS, null));
    }

    /** The citizen asked for another person's data (an ID not theirs in the request): refused. */
    public void refusedForeign(Citizen citizen, String foreignId, String origin) {
        ledger.record(new AuditEntry(Actor.citizen(citizen.pin()), "citizen.foreign-id", PERSON, foreignId, null,
                origin, Outcome.DENIED, null));
    }
}
