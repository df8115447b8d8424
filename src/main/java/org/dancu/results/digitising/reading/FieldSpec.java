package org.dancu.results.digitising.reading;

/**
 * Where a field stands on its form: after its printed {@code label}, on the {@code occurrence}-th
 * line (from 1) that carries that label, and what kind of value follows. An optional field (a
 * certificate's second owner) is left out of a reading when its line is not there.
 */
record FieldSpec(String name, String label, int occurrence, ValueKind kind, boolean optional) {

    FieldSpec(String name, String label, ValueKind kind) {
        this(name, label, 1, kind, false);
    }
}
