package org.dancu.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/** Switches the language on {@code ?lang=vi|en}; any other value is ignored rather than half-translating a page. */
class LanguageSwitch implements HandlerInterceptor {

    private final LocaleResolver resolver;

    LanguageSwitch(LocaleResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String wanted = request.getParameter("lang");
        if (wanted != null) {
            Locale locale = Locale.forLanguageTag(wanted);
            if (WebConfiguration.SUPPORTED.stream().anyMatch(s -> s.getLanguage().equals(locale.getLanguage()))) {
                resolver.setLocale(request, response, locale);
            }
        }
        return true;
    }
}
