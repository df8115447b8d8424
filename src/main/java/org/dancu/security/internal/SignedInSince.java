package org.dancu.security.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * When a session's officer last proved their password, kept in the session: a password changed after that (by the
 * officer elsewhere, or reset by an administrator) ends the session at its next request, and so does the session's
 * longest life running out, however busy the session is. The session in which the officer changed the password
 * proves it anew.
 */
final class SignedInSince {

    static final String ATTRIBUTE = "dancu.signed-in-since";

    private SignedInSince() {
    }

    /** Marks the session as proven now: at login and right after the officer's own password change. */
    static void now(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, Instant.now());
    }

    /**
     * Was the session's password proven after the account's password last changed, and less than {@code maxAge}
     * ago? A session without the mark was never signed in through the login page and has nothing to age.
     */
    static boolean current(HttpServletRequest request, StaffAccount account, Duration maxAge) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return true;
        }
        if (!(session.getAttribute(ATTRIBUTE) instanceof Instant proven)) {
            return account.passwordChangedAt() == null;
        }
        boolean young = proven.plus(maxAge).isAfter(Instant.now());
        return young && (account.passwordChangedAt() == null || !account.passwordChangedAt().isAfter(proven));
    }
}
