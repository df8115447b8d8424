package org.dancu.register;

/**
 * A search that cannot be run as asked; nothing was queried. {@link #messageKey()} names the
 * translated explanation ({@code register.search.error.*}).
 */
public class InvalidSearchException extends RuntimeException {

    private final String messageKey;

    public InvalidSearchException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
