package org.dancu.audit.internal;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.Outcome;

/** An entry's fields exactly as stored and hashed: enums by name, absent values as null. */
record EntryContent(String actorKind, String actorId, String action, String objectType, String objectId,
                    String purpose, String origin, String outcome, String detail) {

    static EntryContent of(AuditEntry entry) {
        return new EntryContent(entry.actor().kind().name(), entry.actor().id(), entry.action(),
                entry.objectType(), entry.objectId(), entry.purpose(), entry.origin(),
                entry.outcome().name(), entry.detail());
    }

    AuditEntry toEntry() {
        return new AuditEntry(new Actor(Actor.Kind.valueOf(actorKind), actorId), action, objectType, objectId,
                purpose, origin, Outcome.valueOf(outcome), detail);
    }
}
