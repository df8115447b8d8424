package org.dancu.tabular;

/** What a written column holds; only NUMBER cells may start with a minus sign unguarded. */
public enum ColumnType {
    TEXT,
    /** A cell that is a plain decimal number is written as a number; anything else as guarded text. */
    NUMBER
}
