package org.dancu.services;

import java.util.List;

/**
 * A dossier or an officer's action that was refused (bad input, out of scope): nothing changed.
 * {@link #messageKey()} is the key in the module's bundle, {@link #arguments()} its arguments.
 */
public class DossierRefusedException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public DossierRefusedException(String messageKey, Object... arguments) {
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
