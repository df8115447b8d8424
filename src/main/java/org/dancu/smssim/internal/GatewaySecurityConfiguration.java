package org.dancu.smssim.internal;

import org.dancu.security.StatelessChain;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The gateway is a machine interface of an outside system: no session, CSRF or staff login; it checks
 * its own bearer key ({@link GatewayEndpoint}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dancu.sms-sim.enabled", havingValue = "true")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GatewaySecurityConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 30)
    SecurityFilterChain simulatedSmsGatewayChain(HttpSecurity http) throws Exception {
        StatelessChain.of(http).securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(GatewayEndpoint.PATH))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }
}
