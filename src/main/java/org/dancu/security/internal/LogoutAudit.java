package org.dancu.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dancu.audit.Actor;
import org.dancu.audit.Outcome;
import org.dancu.security.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/** Records a logout; runs before the session is cleared, while the principal is still known. */
class LogoutAudit implements LogoutHandler {

    private final SecurityAudit audit;

    LogoutAudit(SecurityAudit audit) {
        this.audit = audit;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            audit.account(SecurityAction.LOGOUT, Actor.staff(principal.getUsername()), principal.getUsername(),
                    request.getRemoteAddr(), Outcome.SUCCESS, null);
        }
    }
}
