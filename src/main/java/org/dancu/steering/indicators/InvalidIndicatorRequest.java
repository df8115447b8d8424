package org.dancu.steering.indicators;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses before reading anything: its status, and the message key (in the
 * steering bundles) and arguments of the sentence that explains why.
 */
class InvalidIndicatorRequest extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] arguments;

    InvalidIndicatorRequest(HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    static InvalidIndicatorRequest badRequest(String messageKey, Object... arguments) {
        return new InvalidIndicatorRequest(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
