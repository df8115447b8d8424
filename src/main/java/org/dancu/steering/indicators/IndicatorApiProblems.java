package org.dancu.steering.indicators;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicators API's refusals as problem+json (RFC 9457) in the caller's language: bad parameters,
 * unknown indicators and units, units outside the caller's scope, and (written from the filter, before
 * Spring MVC runs) a bearer token that opens nothing. Malformed requests are answered by the web
 * module's shared handler.
 */
@RestControllerAdvice(assignableTypes = IndicatorApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IndicatorApiProblems {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    IndicatorApiProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    @ExceptionHandler
    ProblemDetail refused(InvalidIndicatorRequest e, Locale locale, HttpServletRequest request) {
        return problem(e.status(), e.messageKey(), locale, request, e.arguments());
    }

    /** A refused bearer token: 401 with the challenge RFC 6750 asks for. */
    void writeUnauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = problem(HttpStatus.UNAUTHORIZED, "steering.api.error.token",
                locales.resolveLocale(request), request);
        response.setStatus(problem.getStatus());
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), problem);
    }

    private ProblemDetail problem(HttpStatus status, String detailKey, Locale locale, HttpServletRequest request,
                                  Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(detailKey, arguments, locale));
        problem.setTitle(messages.getMessage("steering.api.error." + status.value() + ".title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
