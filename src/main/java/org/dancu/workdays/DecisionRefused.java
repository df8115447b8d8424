package org.dancu.workdays;

import java.util.List;

/**
 * A decision the calendar cannot take: {@link #messageKey()} names the translated reason
 * ({@code workdays.refused.*}) and {@link #arguments()} fills it in. Nothing was changed.
 */
public class DecisionRefused extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public DecisionRefused(String messageKey, Object... arguments) {
        super(messageKey + List.of(arguments));
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
