package org.dancu.workdays;

import java.util.List;

/**
 * A decision the calendar cannot take, with the reason as a message key of the workdays bundle and its
 * arguments. Nothing was changed.
 */
public class DecisionRefused extends RuntimeException {

    private final String reason;
    private final transient List<Object> arguments;

    public DecisionRefused(String reason, Object... arguments) {
        super(reason);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public String reason() {
        return reason;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
