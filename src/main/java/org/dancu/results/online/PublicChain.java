package org.dancu.results.online;

import org.dancu.security.PageHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The QR link's pages ({@code /r/…}: a result by its public id, a result through a share link) are for anyone
 * holding the paper or the link, so no login: a chain of their own, before the staff's and apart from the
 * citizens', with no session (a visit leaves nothing on the server but its ledger entries), an anonymous visitor
 * (the portal's layout shows the page without its menu) and the pages' headers, whose {@code Cache-Control: no-store} keeps the holder's name out of every cache.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PublicChain {

    static final String PATHS = "/r/**";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 12)
    SecurityFilterChain resultLinkChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(PATHS))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                // no form posts here, and no session to hold a token
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(PageHeaders.strict());
        return http.build();
    }
}
