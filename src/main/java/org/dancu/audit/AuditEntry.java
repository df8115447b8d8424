package org.dancu.audit;

import java.util.Objects;

/**
 * What happened, by whom, to what, for which purpose, from where, and how it ended. The ledger
 * stamps the time and the chain position when it writes the entry.
 *
 * @param actor      who acted: a staff account, a partner system, a citizen or the system itself
 * @param action     a dotted verb such as {@code security.login} or {@code register.person.read}
 * @param objectType the kind of thing acted upon ({@code staff-account}, {@code person}, …), may be null
 * @param objectId   its identifier, may be null
 * @param purpose    why, as declared by the actor, may be null
 * @param origin     where the request came from (client address), may be null
 * @param outcome    success, denial or failure
 * @param detail     a short note without personal data, may be null: an {@link AuditNote} (a message key
 *                   and its arguments) where people read it, free text for technical details
 * @throws IllegalArgumentException if the action is blank or a text holds a NUL character or a
 *                                  broken surrogate pair (PostgreSQL could not store it faithfully)
 */
public record AuditEntry(Actor actor, String action, String objectType, String objectId,
                         String purpose, String origin, Outcome outcome, String detail) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (action.isBlank()) {
            throw new IllegalArgumentException("audit entry action must not be blank");
        }
        StorableText.check(action, "action");
        StorableText.check(objectType, "objectType");
        StorableText.check(objectId, "objectId");
        StorableText.check(purpose, "purpose");
        StorableText.check(origin, "origin");
        StorableText.check(detail, "detail");
    }

    /** The detail as a translatable note, or null when it is free text or absent. */
    public AuditNote note() {
        return AuditNote.read(detail);
    }
}
