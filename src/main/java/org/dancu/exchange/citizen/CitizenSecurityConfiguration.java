package org.dancu.exchange.citizen;

import org.dancu.security.PageHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The citizen's public "who used my data" pages' filter chain, placed before the staff chain: a
 * session for the one-time code, CSRF-protected forms, no staff login, the staff pages' headers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class CitizenSecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 11)
    SecurityFilterChain citizenChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/citizen/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(PageHeaders.strict());
        return http.build();
    }
}
