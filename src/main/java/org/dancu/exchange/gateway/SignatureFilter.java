package org.dancu.exchange.gateway;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dancu.audit.AuditUnavailableException;
import org.dancu.audit.Outcome;
import org.dancu.exchange.partners.Operation;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every exchange API call by its signature. A refused request is audited and answered
 * here, before any controller runs; an accepted one carries its {@link PartnerRequest}, whose ledger
 * entry spends its nonce, and one that ends without an entry gets a failed one here.
 */
class SignatureFilter extends OncePerRequestFilter {

    static final String BULK_PATH = "/api/exchange/v1/bulk-verifications";

    private final SignedRequests signedRequests;
    private final ExchangeAudit audit;
    private final ExchangeProblems problems;

    SignatureFilter(SignedRequests signedRequests, ExchangeAudit audit, ExchangeProblems problems) {
        this.signedRequests = signedRequests;
        this.audit = audit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PartnerRequest checked;
        try {
            checked = signedRequests.check(request);
        } catch (PartnerRefusal refusal) {
            ExchangeError error = refusal.error();
            try {
                auditQuietly(() -> audit.partnerCall(refusal.request(), operationOf(request), null, null,
                        Outcome.DENIED, "refused: " + refusal.error().code()));
            } catch (ExchangeRefusal replayed) {
                error = replayed.error();
            }
            problems.write(request, response, error);
            return;
        } catch (ExchangeRefusal refusal) {
            auditQuietly(() -> audit.refusedUnauthenticated(SignedRequests.claimedKeyId(request),
                    request.getRemoteAddr(), refusal.error()));
            problems.write(request, response, refusal.error());
            return;
        }
        checked.attachTo(request);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                checked.partnerCode(), null, List.of(new SimpleGrantedAuthority("ROLE_PARTNER"))));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
            auditQuietly(() -> audit.unanswered(checked, operationOf(request)));
        }
    }

    /** A refusal goes out even when the ledger is down: it releases nothing. */
    private static void auditQuietly(Runnable entry) {
        try {
            entry.run();
        } catch (AuditUnavailableException e) {
            // the refusal below discloses nothing, so it need not wait for the ledger
        }
    }

    private static Operation operationOf(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith(BULK_PATH)) {
            return Operation.BULK_VERIFY;
        }
        return path.endsWith("/retrieve") ? Operation.RETRIEVE : Operation.VERIFY;
    }
}
