package org.dancu.steering.tasks;

/** A request that cannot be carried out as given; the message key explains why in the user's language. */
class InvalidTaskException extends RuntimeException {

    private final String messageKey;

    InvalidTaskException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
