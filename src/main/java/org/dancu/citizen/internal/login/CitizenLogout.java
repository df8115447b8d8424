package org.dancu.citizen.internal.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.dancu.citizen.internal.CitizenUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/** Ends the citizen's login only (a staff login in the same browser stays), in the ledger. */
final class CitizenLogout implements LogoutHandler {

    private final LoginAudit audit;

    CitizenLogout(LoginAudit audit) {
        this.audit = audit;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CitizenUser.SESSION_KEY);
        }
        if (authentication != null && authentication.getPrincipal() instanceof CitizenUser citizen) {
            audit.loggedOut(citizen.citizen(), request);
        }
    }
}
