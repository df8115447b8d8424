package org.dancu.steering.indicators;

import org.dancu.security.StatelessChain;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The indicators API's chain for machines: requests that carry a bearer token, authenticated by it
 * alone, with none of a browser's filters (no session, CSRF, logout or request cache). Requests
 * without one go on to the staff chain, so an officer's signed-in session reads the same API within
 * the officer's scope, with every check the staff chain makes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class IndicatorApiSecurityConfiguration {

    /** The catalogue ({@code /api/v1/indicators}, {@code .csv}) and everything below it. */
    static final RequestMatcher PATHS = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/v1/indicators*"),
            PathPatternRequestMatcher.withDefaults().matcher("/api/v1/indicators/**"));

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    SecurityFilterChain indicatorApiChain(HttpSecurity http, ApiClients clients, ApiClientUsage usage,
                                          IndicatorApiProblems problems) throws Exception {
        StatelessChain.of(http).securityMatcher(new AndRequestMatcher(PATHS, BearerTokenFilter::carriesToken))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(ApiClientAuthentication.ROLE))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, e) ->
                        problems.writeUnauthorized(request, response)))
                .addFilterBefore(new BearerTokenFilter(clients, usage, problems), AuthorizationFilter.class);
        return http.build();
    }
}
