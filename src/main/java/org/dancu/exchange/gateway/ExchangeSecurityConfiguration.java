package org.dancu.exchange.gateway;

import org.dancu.security.StatelessChain;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The partner API's filter chain, placed before the staff chain, which it leaves untouched:
 * signature authentication and none of a browser's filters (no session, CSRF, logout or request
 * cache).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ExchangeSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain exchangeApiChain(HttpSecurity http, SignedRequests signedRequests, ExchangeAudit audit,
                                         ExchangeProblems problems) throws Exception {
        StatelessChain.of(http).securityMatcher("/api/exchange/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("PARTNER"))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, e) ->
                        problems.write(request, response, ExchangeError.SIGNATURE_MISSING)))
                .addFilterBefore(new SignatureFilter(signedRequests, audit, problems),
                        AuthorizationFilter.class);
        return http.build();
    }
}
