package org.dancu.tabular;

import java.util.Objects;

/** A column to write: its header text and its type. */
public record Column(String name, ColumnType type) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static Column text(String name) {
        return new Column(name, ColumnType.TEXT);
    }

    public static Column number(String name) {
        return new Column(name, ColumnType.NUMBER);
    }
}
