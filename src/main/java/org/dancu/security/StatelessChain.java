package org.dancu.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The shape of every filter chain for machines (the partner API, the indicators API): each request
 * authenticated on its own, with none of a browser's filters: no session, CSRF, anonymous user,
 * logout, request cache or servlet-API wrapping. The chain adds its own matcher, authentication
 * filter, rules and refusals.
 */
public final class StatelessChain {

    private StatelessChain() {
    }

    public static HttpSecurity of(HttpSecurity http) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.disable())
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .logout(logout -> logout.disable())
                .servletApi(servletApi -> servletApi.disable());
    }
}
