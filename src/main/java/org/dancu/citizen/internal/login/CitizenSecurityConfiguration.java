package org.dancu.citizen.internal.login;

import org.dancu.citizen.internal.CitizenUser;
import org.dancu.security.PageHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The citizens' own filter chain, before the staff's: everything under {@code /citizen} needs a citizen
 * signed in with the e-ID (OpenID Connect, authorization code with PKCE although the client is
 * confidential), except the portal's sign-in page; dossiers, payments and any change of consents need
 * level 2. Its security context lives in the session under {@link CitizenUser#SESSION_KEY}, where the
 * staff chain never looks, and the staff chain's context is never read here: to each chain the other's
 * user is nobody. Logging out ends the citizen's login only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class CitizenSecurityConfiguration {

    static final String LOGIN_PAGE = "/citizen/login";
    static final String AUTHORIZATION = "/citizen/login/oauth2/authorization";
    static final String CALLBACK = "/citizen/login/oauth2/code/*";
    static final String LEVEL_2_PAGE = "/citizen/level-2-required";
    static final String HOME = "/citizen";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /** Pages that file dossiers, touch money or change what a partner may read. */
    static final RequestMatcher LEVEL_2 = new OrRequestMatcher(PATHS.matcher("/citizen/dossiers/**"),
            PATHS.matcher("/citizen/payments/**"), PATHS.matcher(HttpMethod.POST, "/citizen/consents/**"));

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 11)
    SecurityFilterChain citizenChain(HttpSecurity http, EidProvider provider, CitizenUserService citizens,
                                     LoginAudit audit) throws Exception {
        HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey(CitizenUser.SESSION_KEY);
        DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(provider,
                AUTHORIZATION);
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.securityMatcher(PATHS.matcher("/citizen/**"))
                .securityContext(context -> context.securityContextRepository(contexts))
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PATHS.matcher(LOGIN_PAGE), PATHS.matcher(LOGIN_PAGE + "/**")).permitAll()
                        .requestMatchers(LEVEL_2).hasAuthority(CitizenUser.LEVEL_2)
                        .anyRequest().hasAuthority(CitizenUser.CITIZEN))
                .oauth2Login(login -> login
                        .loginPage(LOGIN_PAGE)
                        .clientRegistrationRepository(provider)
                        .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                        .authorizationEndpoint(endpoint -> endpoint.baseUri(AUTHORIZATION)
                                .authorizationRequestResolver(requests))
                        .redirectionEndpoint(endpoint -> endpoint.baseUri(CALLBACK))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(citizens))
                        .successHandler(new LoginSuccess(audit, HOME))
                        .failureHandler(new LoginFailure(audit, LOGIN_PAGE)))
                .logout(logout -> logout
                        .logoutRequestMatcher(PATHS.matcher(HttpMethod.POST, "/citizen/logout"))
                        .invalidateHttpSession(false)
                        .addLogoutHandler(new CitizenLogout(audit))
                        .logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE))
                        .accessDeniedHandler(new LevelTwoGate(audit, LEVEL_2, LEVEL_2_PAGE)))
                .headers(PageHeaders.strict());
        return http.build();
    }
}
