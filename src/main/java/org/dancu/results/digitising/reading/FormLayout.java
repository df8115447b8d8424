package org.dancu.results.digitising.reading;

import java.util.List;

/**
 * A known form: the titles printed on it (any one found is evidence of the form) and its fields
 * in reading order.
 */
record FormLayout(FormKind kind, List<String> titles, List<FieldSpec> fields) {

    FormLayout {
        titles = List.copyOf(titles);
        fields = List.copyOf(fields);
    }

    /** The distinct labels, each counted once however many fields share it. */
    List<String> labels() {
        return fields.stream().map(FieldSpec::label).distinct().toList();
    }
}
