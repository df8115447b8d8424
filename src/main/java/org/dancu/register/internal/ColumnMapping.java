package org.dancu.register.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dancu.civil.ColumnHeaders;

/** Which file column (0-based) fills which field; a column fills at most one field. */
public record ColumnMapping(Map<ImportField, Integer> columns) {

    public ColumnMapping {
        columns = Collections.unmodifiableMap(new EnumMap<>(columns.isEmpty()
                ? new EnumMap<>(ImportField.class) : columns));
    }

    /** The first column whose header suggests each field. */
    static ColumnMapping suggest(List<String> header) {
        return new ColumnMapping(ColumnHeaders.suggest(header, List.of(ImportField.values()), ImportField::column,
                ImportField::headers));
    }

    public List<ImportField> missingRequired() {
        List<ImportField> missing = new ArrayList<>();
        for (ImportField field : ImportField.values()) {
            if (field.required() && !columns.containsKey(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** The field a column fills, or null. */
    public ImportField fieldOf(int column) {
        return columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** Stored form: {@code PIN=0;FULL_NAME=1}. */
    String encode() {
        List<String> parts = new ArrayList<>();
        columns.forEach((field, column) -> parts.add(field.name() + "=" + column));
        return String.join(";", parts);
    }

    static ColumnMapping decode(String text) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        if (text != null && !text.isBlank()) {
            for (String part : text.split(";")) {
                String[] pair = part.split("=", 2);
                columns.put(ImportField.valueOf(pair[0]), Integer.parseInt(pair[1]));
            }
        }
        return new ColumnMapping(columns);
    }

    /**
     * A mapping given as pairs of a column (header text or 1-based number) and a field name, as
     * the CLI's {@code --mapping} and the page's selects give it.
     *
     * @throws IllegalArgumentException naming the column or field that is unknown or used twice
     */
    static ColumnMapping of(List<String> header, Map<String, String> columnToField) {
        Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
        columnToField.forEach((column, fieldName) -> {
            if (fieldName == null || fieldName.isBlank()) {
                return;
            }
            ImportField field = ImportField.byName(fieldName);
            if (field == null) {
                throw new IllegalArgumentException("unknown field '" + fieldName + "'");
            }
            int index = columnIndex(header, column);
            if (columns.containsKey(field) || columns.containsValue(index)) {
                throw new IllegalArgumentException("column '" + column + "' or field '" + fieldName + "' mapped twice");
            }
            columns.put(field, index);
        });
        return new ColumnMapping(columns);
    }

    private static int columnIndex(List<String> header, String column) {
        String wanted = column.strip();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equals(wanted)) {
                return i;
            }
        }
        for (int i = 0; i < header.size(); i++) {
            if (ColumnHeaders.key(header.get(i)).equals(ColumnHeaders.key(wanted))) {
                return i;
            }
        }
        if (wanted.matches("[0-9]{1,3}") && Integer.parseInt(wanted) >= 1 && Integer.parseInt(wanted) <= header.size()) {
            return Integer.parseInt(wanted) - 1;
        }
        throw new IllegalArgumentException("no column '" + column + "' in the file");
    }
}
