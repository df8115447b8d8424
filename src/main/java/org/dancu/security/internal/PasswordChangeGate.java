package org.dancu.security.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dancu.security.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds an officer who signed in with a one-time password at the password change page until they
 * have chosen their own; API calls get a 403 problem meanwhile.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";

    private final CurrentStaff currentStaff;
    private final ProblemResponses problems;

    PasswordChangeGate(CurrentStaff currentStaff, ProblemResponses problems) {
        this.currentStaff = currentStaff;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean mustChange = currentStaff.principal().map(p -> p.isMustChangePassword()).orElse(false);
        if (!mustChange || isAllowedMeanwhile(request)) {
            chain.doFilter(request, response);
        } else if (ProblemResponses.isApi(request)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "password-change-required");
        } else {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        }
    }

    private static boolean isAllowedMeanwhile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.equals("/error");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return StaticResources.matches(request);
    }
}
