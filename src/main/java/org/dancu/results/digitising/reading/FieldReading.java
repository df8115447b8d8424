package org.dancu.results.digitising.reading;

import java.util.Objects;

/**
 * One field read from a page.
 *
 * @param name       the field's name, as {@link FormFields} lists it for the form (e.g. {@code serial},
 *                   {@code owner1Id}); the key {@code results.field.<name>} labels it
 * @param value      the value in its canonical form (IDs as 12 digits, dates dd/MM/yyyy, names normalised);
 *                   empty when the field was not found
 * @param confidence 0 to 1: the recogniser's confidence in the words read, lowered when the value fails its
 *                   check (an ID that cannot be an ID, an impossible date); 0 when the field was not found
 */
public record FieldReading(String name, String value, double confidence) {

    public FieldReading {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
    }

    public boolean found() {
        return !value.isEmpty();
    }
}
