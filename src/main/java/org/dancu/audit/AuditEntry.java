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
 * @param detail     a short free-text note without personal data, may be null
 */
public record AuditEntry(Actor actor, String action, String objectType, String objectId,
                         String purpose, String origin, Outcome outcome, String detail) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }
}
