package org.dancu.security.internal;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.springframework.stereotype.Component;

/**
 * Writes the security module's entries to the audit ledger. The ledger returns only when the
 * entry is stored, and a failure propagates, so a security change never happens unrecorded.
 */
@Component
class SecurityAudit {

    static final String ACCOUNT = "staff-account";
    static final String PAGE = "url";

    private final AuditLedger ledger;

    SecurityAudit(AuditLedger ledger) {
        this.ledger = ledger;
    }

    /** An event about a staff account, identified by its username. */
    void account(SecurityAction action, Actor actor, String username, String origin, Outcome outcome, String detail) {
        ledger.record(new AuditEntry(actor, action.action(), ACCOUNT, username, null, origin, outcome, detail));
    }

    /** A request refused because the requester lacked the right or a valid CSRF token. */
    void accessDenied(Actor actor, String path, String origin, String detail) {
        ledger.record(new AuditEntry(actor, SecurityAction.ACCESS_DENIED.action(), PAGE, path, null, origin,
                Outcome.DENIED, detail));
    }
}
