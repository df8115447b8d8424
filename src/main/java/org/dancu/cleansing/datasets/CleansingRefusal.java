package org.dancu.cleansing.datasets;

/** An officer's request that cannot be carried out; the message key says why, nothing changed. */
public class CleansingRefusal extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public CleansingRefusal(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
