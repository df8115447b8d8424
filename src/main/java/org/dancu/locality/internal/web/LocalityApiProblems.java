package org.dancu.locality.internal.web;

import java.util.Locale;

import org.dancu.locality.UnknownLocalityException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The locality API's own errors as problem+json (RFC 9457), titled and explained in the caller's
 * language; malformed parameters are answered by the web module's shared handler.
 */
@RestControllerAdvice(assignableTypes = LocalityApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LocalityApiProblems {

    private final MessageSource messages;

    LocalityApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail unknown(UnknownLocalityException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "locality.error.unknown.title",
                "locality.error.unknown", locale, e.code());
        problem.setProperty("code", e.code());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidLocalityRequestException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "locality.error.bad-request.title", e.messageKey(), locale,
                e.arguments());
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String detailKey, Locale locale,
                                  Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(detailKey, arguments, locale));
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        return problem;
    }
}
