package org.dancu.services;

import java.util.List;

/**
 * A transition asked of a dossier or leg that is not in the state for it: nothing changed.
 * {@link #messageKey()} is the key in the module's bundle, {@link #arguments()} its arguments.
 */
public class DossierStateException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public DossierStateException(String messageKey, Object... arguments) {
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
