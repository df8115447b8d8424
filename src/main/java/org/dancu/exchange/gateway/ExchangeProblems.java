package org.dancu.exchange.gateway;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals as RFC 9457 problem documents with a stable {@code code}, in the caller's language,
 * written from the filter or from a controller. They name the error, never the data behind it.
 */
@Component
class ExchangeProblems {

    static final String TYPE_PREFIX = "urn:dancu:exchange:problem:";

    private final JsonMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ExchangeProblems(JsonMapper json, MessageSource messages, LocaleResolver locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    Map<String, Object> body(HttpServletRequest request, ExchangeError error, UUID requestId) {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + error.code());
        body.put("title", messages.getMessage("exchange.problem." + error.code() + ".title", null, locale));
        body.put("status", error.status().value());
        body.put("detail", messages.getMessage("exchange.problem." + error.code() + ".detail", null, locale));
        body.put("instance", request.getRequestURI());
        body.put("code", error.code());
        if (requestId != null) {
            body.put("requestId", requestId.toString());
        }
        return body;
    }

    void write(HttpServletRequest request, HttpServletResponse response, ExchangeError error) throws IOException {
        response.setStatus(error.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (error == ExchangeError.RATE_LIMITED) {
            response.setHeader("Retry-After", "1");
        }
        json.writeValue(response.getOutputStream(), body(request, error, null));
    }
}
