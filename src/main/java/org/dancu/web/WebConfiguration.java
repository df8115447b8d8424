package org.dancu.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Language handling: Vietnamese unless the officer picks English ({@code ?lang=en}, remembered
 * in a cookie). Each module keeps its own message bundle {@code i18n/<module>_vi.properties} and
 * {@code _en}; all of them are found on the class path, so a module adds text without touching
 * a shared file.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);
    static final String BUNDLE_PATTERN = "classpath*:i18n/*_vi.properties";

    /**
     * The language chosen with the switch (a cookie); without one, Vietnamese for pages, and for the machine
     * interfaces under {@code /api/} the best of the client's {@code Accept-Language} that dancu speaks.
     */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("dancu-lang");
        resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith("/api/")
                && request.getHeader("Accept-Language") != null ? acceptedLanguage(request.getHeader("Accept-Language"))
                : VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    private static Locale acceptedLanguage(String header) {
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? VIETNAMESE : best;
        } catch (IllegalArgumentException e) {
            return VIETNAMESE;
        }
    }

    /**
     * Tomcat refuses an encoded slash itself, with an HTML page; passed through, it reaches the security
     * firewall, which refuses it like any other detour, with a problem document on the machine interfaces.
     */
    @Bean
    TomcatConnectorCustomizer encodedSlashToTheFirewall() {
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(bundleBasenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(VIETNAMESE);
        return source;
    }

    static String[] bundleBasenames() {
        try {
            Resource[] bundles = new PathMatchingResourcePatternResolver().getResources(BUNDLE_PATTERN);
            return Arrays.stream(bundles)
                    .map(Resource::getFilename)
                    .map(name -> "i18n/" + name.substring(0, name.length() - "_vi.properties".length()))
                    .distinct()
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the message bundles", e);
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch(localeResolver()));
    }

    /**
     * Static files under their own paths only (the default mapping of {@code /**} is switched off in
     * application.yml): with a catch-all mapping, the resource chain looked every link a page builds up
     * as a possible file, a quarter of a page's CPU.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/");
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
    }
}
