package org.dancu.web;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Malformed API requests (missing or mistyped parameters, unreadable bodies, wrong methods) answer
 * with problem+json whose title and detail come from the message bundles in the caller's language.
 * Limited to REST controllers so that pages keep their HTML error pages.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    ApiProblems(MessageSource messageSource) {
        setMessageSource(messageSource);
    }
}
