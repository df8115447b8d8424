package org.dancu.citizen.internal.login;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A login refused: the reason into the ledger and the log (no personal data: the token's claims are not
 * written), and the citizen back on the sign-in page, which says why in words. Nothing else changed.
 */
final class LoginFailure implements AuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LoginFailure.class);

    private final LoginAudit audit;
    private final String loginPage;

    LoginFailure(LoginAudit audit, String loginPage) {
        this.audit = audit;
        this.loginPage = loginPage;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        LoginRefusal refusal = LoginRefusal.of(failure);
        LOG.info("e-ID login refused: {} ({})", refusal, failure.getClass().getSimpleName());
        audit.refused(refusal, request);
        response.sendRedirect(request.getContextPath() + loginPage + "?error=" + refusal.code());
    }
}
