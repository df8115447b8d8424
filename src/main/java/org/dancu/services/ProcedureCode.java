package org.dancu.services;

import java.util.Objects;

/**
 * A procedure's code in the national catalogue of administrative procedures (for example
 * {@code 1.001193}), or the province's own code where the national one is not known.
 */
public record ProcedureCode(String value) {

    public ProcedureCode {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9A-Za-z][0-9A-Za-z.\\-]{2,19}")) {
            throw new IllegalArgumentException("not a procedure code");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
