package org.dancu.eidsim.internal;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * The simulator's beans. Deliberately not a {@code @Configuration}: the application's component scan must
 * never pick it up; {@link SimulatorServer} registers it in the simulator's own context. Only the
 * auto-configurations a web server with pages needs are imported.
 */
@EnableWebSecurity
@ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, ThymeleafAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
class SimulatorConfiguration {

    static final String SIGN_IN = "/signin";

    /** Discovery, JWKS, authorization and token endpoints; an unauthenticated browser goes to the sign-in page. */
    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(SIGN_IN), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /** The sign-in pages (ID and password, then the one-time code), with CSRF-protected forms. */
    @Bean
    @Order(2)
    SecurityFilterChain signInChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint(SIGN_IN)));
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        // no fixed issuer: it is the address the provider is reached at, http://127.0.0.1:<port> by default
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    RegisteredClientRepository registeredClients(SimulatorState state) {
        return new SettingsClient(state.settings());
    }

    /** The JWKS and the ID tokens' signatures. */
    @Bean
    SigningKeys signingKeys() {
        return SigningKeys.generate();
    }

    /** The user-info endpoint's check of the access tokens the simulator issued. */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys) {
        return NimbusJwtDecoder.withJwkSource(keys).build();
    }

    @Bean
    IdTokenClaims idTokenClaims(SimulatorState state, SigningKeys keys) {
        return new IdTokenClaims(state, keys);
    }

    @Bean
    SignInPages signInPages(SimulatorState state) {
        return new SignInPages(state);
    }

    @Bean
    RouterFunction<ServerResponse> signInRoutes(SignInPages pages) {
        return pages.routes();
    }

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/eidsim");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(SignInPages.VIETNAMESE);
        return messages;
    }

    /** Vietnamese unless {@code ?lang=en} asked for English, remembered in the simulator's session. */
    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver();
        resolver.setDefaultLocale(SignInPages.VIETNAMESE);
        return resolver;
    }

    @Bean
    WebMvcConfigurer languageSwitch() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
                interceptor.setParamName("lang");
                registry.addInterceptor(interceptor);
            }
        };
    }
}
