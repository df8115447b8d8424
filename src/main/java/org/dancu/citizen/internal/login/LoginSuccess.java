package org.dancu.citizen.internal.login;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dancu.citizen.internal.CitizenUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** A citizen logged in: into the ledger, then to the portal page they were going to, or its home. */
final class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LoginAudit audit;

    LoginSuccess(LoginAudit audit, String home) {
        this.audit = audit;
        setDefaultTargetUrl(home);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        audit.loggedIn(((CitizenUser) authentication.getPrincipal()).citizen(), request);
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
