package org.dancu.locality.internal.web;

/** A request the caller can fix; the message key and arguments name what is wrong, in the caller's language. */
class InvalidLocalityRequestException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    InvalidLocalityRequestException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
