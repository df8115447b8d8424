package org.dancu.security.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dancu.security.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Records every refused request in the audit ledger, then answers with the translated 403 page
 * ({@code templates/error/403.html}) or, on {@code /api/**}, a 403 problem.
 */
class AuditedAccessDeniedHandler implements AccessDeniedHandler {

    private final SecurityAudit audit;
    private final CurrentStaff currentStaff;
    private final ProblemResponses problems;

    AuditedAccessDeniedHandler(SecurityAudit audit, CurrentStaff currentStaff, ProblemResponses problems) {
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String reason = denied instanceof CsrfException ? "missing or invalid CSRF token" : "not permitted";
        audit.accessDenied(currentStaff.actor(), request.getMethod() + " " + request.getRequestURI(),
                request.getRemoteAddr(), reason);
        if (ProblemResponses.isApi(request)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden");
        } else {
            response.sendError(HttpStatus.FORBIDDEN.value());
        }
    }
}
