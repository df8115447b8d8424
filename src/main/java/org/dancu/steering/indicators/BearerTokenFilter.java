package org.dancu.steering.indicators;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an indicators API request by its bearer token: the token of an API client not
 * revoked, found by its digest. Any other token is answered here with 401; an accepted request is
 * counted for its client.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String SCHEME = "Bearer ";

    private final ApiClients clients;
    private final ApiClientUsage usage;
    private final IndicatorApiProblems problems;

    BearerTokenFilter(ApiClients clients, ApiClientUsage usage, IndicatorApiProblems problems) {
        this.clients = clients;
        this.usage = usage;
        this.problems = problems;
    }

    static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(SCHEME.length()).strip();
        Optional<ApiClient> client = token.isEmpty() ? Optional.empty()
                : clients.findByTokenDigest(ApiTokens.digest(token)).filter(ApiClient::active);
        if (client.isEmpty()) {
            problems.writeUnauthorized(request, response);
            return;
        }
        usage.count(client.get().id());
        SecurityContextHolder.getContext().setAuthentication(new ApiClientAuthentication(client.get()));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
