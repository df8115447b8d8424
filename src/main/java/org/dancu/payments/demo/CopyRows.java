package org.dancu.payments.demo;

import java.util.HexFormat;

/**
 * Rows for PostgreSQL's COPY in its text format: tab-separated, {@code \N} for null, backslashes and
 * control characters escaped, binary values as {@code \\x} hex.
 */
final class CopyRows {

    private final StringBuilder text = new StringBuilder();
    private int rows;

    /** Appends one row of values (null, text, a number, a date or bytes). */
    CopyRows row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                text.append("\\N");
            } else if (value instanceof byte[] bytes) {
                text.append("\\\\x").append(HexFormat.of().formatHex(bytes));
            } else {
                escape(value.toString());
            }
        }
        text.append('\n');
        rows++;
        return this;
    }

    private void escape(String value) {
        text.append(value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
    }

    int rows() {
        return rows;
    }

    String text() {
        return text.toString();
    }
}
