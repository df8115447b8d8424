package org.dancu.results;

import java.util.List;

/**
 * A request to the results register that was refused: nothing was stored or changed.
 * {@link #messageKey()} is the refusal's key in the module's bundle, {@link #arguments()} its
 * arguments (never personal data beyond what the person asking typed).
 */
public class ResultRefusedException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public ResultRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
