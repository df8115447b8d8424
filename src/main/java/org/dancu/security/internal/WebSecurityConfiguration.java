package org.dancu.security.internal;

import java.util.Map;

import org.dancu.security.CurrentStaff;
import org.dancu.security.PageHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * The application's one filter chain: staff form login with sessions and CSRF protection,
 * role rules by URL, problem+json refusals on the API, and strict security headers. Command-line
 * contexts without a web server have no chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class WebSecurityConfiguration {

    private static final String[] PUBLIC = {"/login", "/error", "/actuator/health/**", "/actuator/prometheus",
            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            // the results' published keys and status lists, and the offline verifier page (docs/results.md)
            "/results/trust-list", "/results/status/*", "/results/verify"};

    /** The longest address (path and query) kept to return to after login. */
    private static final int RETURN_ADDRESS_LIMIT = 1_000;

    /**
     * Requests are already timed by the web server's own observation; an observation per filter,
     * login and authorization on top of it was a visible share of every request's CPU in profiles
     * of the partner API (docs/benchmarks.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Addresses the firewall refuses (a {@code ..} segment, an encoded slash or period): the machine interfaces
     * answer with a problem document in the client's language, pages with a bare 400.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
        RequestRejectedHandler pages = new HttpStatusRequestRejectedHandler();
        return (request, response, rejected) -> {
            if (ProblemResponses.isApi(request)) {
                problems.write(request, response, HttpStatus.BAD_REQUEST, "rejected");
            } else {
                pages.handle(request, response, rejected);
            }
        };
    }

    @Bean
    AuthenticationManager authenticationManager(StaffAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                    SecurityContextRepository contexts, StaffAccounts accounts,
                                    CurrentStaff currentStaff, SecurityAudit audit, ProblemResponses problems,
                                    SecurityProperties properties)
            throws Exception {
        RequestCache pageRequestCache = pageRequestCache();
        http.authenticationManager(authenticationManager)
                .securityContext(context -> context.securityContextRepository(contexts))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(StaticResources.MATCHER).permitAll()
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/audit/**").hasAnyRole("AUDITOR", "ADMINISTRATOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(new LoginSuccessHandler(pageRequestCache))
                        .failureHandler(failureHandler())
                        .permitAll())
                .logout(logout -> logout
                        .addLogoutHandler(new LogoutAudit(audit))
                        .logoutSuccessUrl("/login?logout")
                        .permitAll())
                .requestCache(cache -> cache.requestCache(pageRequestCache))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new StaffEntryPoint(problems))
                        .accessDeniedHandler(new AuditedAccessDeniedHandler(audit, currentStaff, problems)))
                .headers(PageHeaders.strict())
                .addFilterBefore(new AccountStateFilter(accounts, contexts, properties.sessionMaxAge()), AuthorizationFilter.class)
                .addFilterAfter(new PasswordChangeGate(currentStaff, problems), AccountStateFilter.class);
        return http.build();
    }

    /**
     * Where an anonymous visitor was going, kept in a cookie of theirs rather than a server session, so that
     * requests nobody signs in after (a crawler, a flood of random addresses) hold no memory on the server. Only
     * pages are worth returning to after login, never an API call or a form submission, and only addresses short
     * enough for a cookie.
     */
    private static RequestCache pageRequestCache() {
        CookieRequestCache cache = new CookieRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(ProblemResponses.API),
                request -> request.getRequestURI().length()
                        + (request.getQueryString() == null ? 0 : request.getQueryString().length()) <= RETURN_ADDRESS_LIMIT));
        cache.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        return cache;
    }

    private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error");
        handler.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?locked",
                DisabledException.class.getName(), "/login?disabled"));
        return handler;
    }
}
