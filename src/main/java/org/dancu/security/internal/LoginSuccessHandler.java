package org.dancu.security.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dancu.security.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/** After login: to the password change when a one-time password was used, otherwise where the officer was going. */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    LoginSuccessHandler(RequestCache requestCache) {
        setRequestCache(requestCache);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        SignedInSince.now(request);
        if (authentication.getPrincipal() instanceof StaffPrincipal principal && principal.isMustChangePassword()) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, PasswordChangeGate.PASSWORD_PAGE);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
