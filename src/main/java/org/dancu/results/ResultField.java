package org.dancu.results;

import java.util.Objects;

/**
 * One field of a result as it is printed: {@code name} is the key {@code results.field.<name>} of
 * the module's bundle (its label in words), {@code value} the text shown.
 */
public record ResultField(String name, String value) {

    public ResultField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
