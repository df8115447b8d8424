package org.dancu.register.importing;

/** Builds one line of PostgreSQL CSV COPY input; an empty or null field is NULL. */
final class CsvLine {

    private final StringBuilder line = new StringBuilder(256);

    CsvLine field(Object value) {
        if (!line.isEmpty()) {
            line.append(',');
        }
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty()) {
            line.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        return this;
    }

    String end() {
        String text = line.append('\n').toString();
        line.setLength(0);
        return text;
    }
}
