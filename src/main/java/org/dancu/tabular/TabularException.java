package org.dancu.tabular;

import java.util.List;

/**
 * A file that cannot be read or written as asked. {@link #messageKey()} names the translated
 * explanation ({@code tabular.error.*}) and {@link #arguments()} fills it in; nothing the file
 * holds about a person is ever among the arguments.
 */
public class TabularException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public TabularException(String messageKey, Object... arguments) {
        this(messageKey, null, arguments);
    }

    public TabularException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey + List.of(arguments), cause);
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
