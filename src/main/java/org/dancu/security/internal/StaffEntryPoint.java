package org.dancu.security.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/** Sends people who are not signed in to the login page, and API callers a 401 problem. */
class StaffEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponses problems;
    private final AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");

    StaffEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException, ServletException {
        if (ProblemResponses.isApi(request)) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated");
        } else {
            loginPage.commence(request, response, reason);
        }
    }
}
