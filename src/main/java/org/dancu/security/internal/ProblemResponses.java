package org.dancu.security.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security refusals on {@code /api/**} as RFC 9457 problem documents, written from the filter
 * chain (before Spring MVC runs) in the requester's language.
 */
@Component
class ProblemResponses {

    private final JsonMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ProblemResponses(JsonMapper json, MessageSource messages, LocaleResolver locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    static boolean isApi(HttpServletRequest request) {
        return API.matches(request);
    }

    /** Writes the problem whose title and detail are {@code security.problem.<problem>.title/.detail}. */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String problem)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", messages.getMessage("security.problem." + problem + ".title", null, locale));
        body.put("status", status.value());
        body.put("detail", messages.getMessage("security.problem." + problem + ".detail", null, locale));
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), body);
    }
}
