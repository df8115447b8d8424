package org.dancu.results.digitising.reading;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was read from one scanned page: the form it is, each of that form's fields (in the order
 * {@link FormFields} lists them, found or not), or the problem that kept it from being read.
 *
 * @param problem null when the page was read as a known form
 */
public record FormReading(FormKind kind, List<FieldReading> fields, PageProblem problem) {

    public FormReading {
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
        if ((problem == null) == (kind == FormKind.UNKNOWN)) {
            throw new IllegalArgumentException("a known form has no problem; an unknown one has one");
        }
    }

    static FormReading problem(PageProblem problem) {
        return new FormReading(FormKind.UNKNOWN, List.of(), Objects.requireNonNull(problem, "problem"));
    }

    public Optional<FieldReading> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
