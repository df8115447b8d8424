package org.dancu.citizen.internal.login;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.citizen.Citizen;
import org.springframework.stereotype.Component;

/**
 * The citizen login's ledger entries: each login (its level), each refused login (the reason, as a note
 * every reader gets in words), each logout, each page refused for want of level 2. The citizen is named by
 * the masked ID; a refused login whose token named nobody trustworthy is by an unidentified citizen.
 */
@Component
class LoginAudit {

    static final String LOGIN = "citizen.login";
    static final String LOGOUT = "citizen.logout";
    static final String REFUSED_PAGE = "citizen.access-denied";
    private static final String PAGE = "url";

    private final AuditLedger ledger;

    LoginAudit(AuditLedger ledger) {
        this.ledger = ledger;
    }

    void loggedIn(Citizen citizen, HttpServletRequest request) {
        ledger.record(new AuditEntry(actor(citizen), LOGIN, null, null, null, request.getRemoteAddr(),
                Outcome.SUCCESS, AuditNote.of("audit.note.eid-level", citizen.level().ordinal() + 1)));
    }

    void refused(LoginRefusal refusal, HttpServletRequest request) {
        ledger.record(new AuditEntry(new Actor(Actor.Kind.CITIZEN, ""), LOGIN, null, null, null,
                request.getRemoteAddr(), Outcome.DENIED,
                AuditNote.of("audit.note.citizen-login-refused", AuditNote.label("citizen.login.error." + refusal.code()))));
    }

    void loggedOut(Citizen citizen, HttpServletRequest request) {
        ledger.record(new AuditEntry(actor(citizen), LOGOUT, null, null, null, request.getRemoteAddr(),
                Outcome.SUCCESS, null));
    }

    void levelTwoRequired(Citizen citizen, HttpServletRequest request) {
        ledger.record(new AuditEntry(actor(citizen), REFUSED_PAGE, PAGE, request.getRequestURI(), null,
                request.getRemoteAddr(), Outcome.DENIED, AuditNote.of("audit.note.eid-level-2-required")));
    }

    private static Actor actor(Citizen citizen) {
        return Actor.citizen(citizen.pin());
    }
}
