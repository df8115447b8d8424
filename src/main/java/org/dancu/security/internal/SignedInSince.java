package org.dancu.security.internal;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * When a session's officer last proved their password, kept in the session: a password changed after that (by the
 * officer elsewhere, or reset by an administrator) ends the session at its next request. The session in which the
 * officer changed it proves it anew.
 */
final class SignedInSince {

    static final String ATTRIBUTE = "dancu.signed-in-since";

    private SignedInSince() {
    }

    /** Marks the session as proven now: at login and right after the officer's own password change. */
    static void now(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, Instant.now());
    }

    /** Was the session's password proven after the account's password last changed? */
    static boolean current(HttpServletRequest request, StaffAccount account) {
        HttpSession session = request.getSession(false);
        if (session == null || account.passwordChangedAt() == null) {
            return true;
        }
        Object since = session.getAttribute(ATTRIBUTE);
        return since instanceof Instant proven && !account.passwordChangedAt().isAfter(proven);
    }
}
