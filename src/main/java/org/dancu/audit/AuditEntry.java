package org.dancu.audit;

import java.util.Objects;

/**
 * What happened, by whom, to what, for which purpose, from where, and how it ended. The ledger
 * stamps the time and the chain position when it writes the entry.
 *
 * <p>Texts longer than their bound ({@link #MAX_ID} for ids and the origin, {@link #MAX_PURPOSE},
 * {@link #MAX_DETAIL}) are cut to it, marked with an ellipsis.
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

    /** The longest action, object type, object id or origin kept. */
    public static final int MAX_ID = 200;
    public static final int MAX_PURPOSE = 500;
    public static final int MAX_DETAIL = 2000;

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (action.isBlank()) {
            throw new IllegalArgumentException("audit entry action must not be blank");
        }
        action = StorableText.bound(StorableText.check(action, "action"), MAX_ID);
        objectType = StorableText.bound(StorableText.check(objectType, "objectType"), MAX_ID);
        objectId = StorableText.bound(StorableText.check(objectId, "objectId"), MAX_ID);
        purpose = StorableText.bound(StorableText.check(purpose, "purpose"), MAX_PURPOSE);
        origin = StorableText.bound(StorableText.check(origin, "origin"), MAX_ID);
        detail = StorableText.bound(StorableText.check(detail, "detail"), MAX_DETAIL);
    }

    /** The detail as a translatable note, or null when it is free text or absent. */
    public AuditNote note() {
        return AuditNote.read(detail);
    }
}
