package org.dancu.security.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.dancu.security.StaffPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a session's principal in step with its account: a disabled account's session, one whose
 * password was changed since it was proven, and one signed in longer ago than the session's longest life
 * ({@link SignedInSince}) end at their next request, and a
 * changed role, scope or name applies at once rather than at the next login.
 * Scope decides what data an officer's queries return, so a stale one is not acceptable. Costs one
 * primary-key read per request.
 */
class AccountStateFilter extends OncePerRequestFilter {

    private final StaffAccounts accounts;
    private final SecurityContextRepository contexts;
    private final Duration sessionMaxAge;

    AccountStateFilter(StaffAccounts accounts, SecurityContextRepository contexts, Duration sessionMaxAge) {
        this.accounts = accounts;
        this.contexts = contexts;
        this.sessionMaxAge = sessionMaxAge;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal held) {
            Optional<StaffPrincipal> current = accounts.findById(held.getAccountId())
                    .filter(StaffAccount::enabled)
                    .filter(account -> SignedInSince.current(request, account, sessionMaxAge))
                    .map(StaffAccount::toPrincipal);
            if (current.isEmpty()) {
                end(request);
            } else if (!current.get().equals(held)) {
                replace(current.get(), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private void replace(StaffPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(StaffAuthenticationProvider.authenticated(principal));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return StaticResources.matches(request);
    }
}
