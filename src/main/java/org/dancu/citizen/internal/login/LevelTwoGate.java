package org.dancu.citizen.internal.login;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dancu.citizen.internal.CitizenUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A citizen refused a page: for want of level 2 on a level-2 page, the ledger records it and the page
 * says so (with a way to log in again at level 2); anything else (a form without its CSRF token) is a
 * bare 403.
 */
final class LevelTwoGate implements AccessDeniedHandler {

    private final LoginAudit audit;
    private final RequestMatcher levelTwoPages;
    private final AccessDeniedHandlerImpl explained = new AccessDeniedHandlerImpl();
    private final AccessDeniedHandlerImpl bare = new AccessDeniedHandlerImpl();

    LevelTwoGate(LoginAudit audit, RequestMatcher levelTwoPages, String explanationPage) {
        this.audit = audit;
        this.levelTwoPages = levelTwoPages;
        explained.setErrorPage(explanationPage);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CitizenUser citizen
                && levelTwoPages.matches(request)) {
            audit.levelTwoRequired(citizen.citizen(), request);
            explained.handle(request, response, denied);
        } else {
            bare.handle(request, response, denied);
        }
    }
}
