package org.dancu.services.intake;

import org.dancu.audit.AuditLedger;
import org.dancu.security.StatelessChain;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/** The signed API's filter chain, before the staff chain: signature authentication, nothing of a browser's. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class InterconnectionSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 12)
    SecurityFilterChain interconnectionChain(HttpSecurity http, InterconnectionKeys keys, AuditLedger ledger,
                                             DossierApiProblems problems) throws Exception {
        StatelessChain.of(http).securityMatcher("/api/services/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("INTERCONNECTION"))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, e) ->
                        problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "missing",
                                problems.messageOr("services.intake.api.refused.missing", "missing", request),
                                request))))
                .addFilterBefore(new SignedDossiers(keys, ledger, problems), AuthorizationFilter.class);
        return http.build();
    }
}
