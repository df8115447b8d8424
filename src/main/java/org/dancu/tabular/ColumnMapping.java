package org.dancu.tabular;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dancu.civil.ColumnHeaders;

/**
 * Which file column (0-based) fills which field of a schema; a column fills at most one field. Suggested from the
 * header, chosen on a page or named on the command line, stored as {@code full_name=0;pin=2}.
 */
public record ColumnMapping<F extends IntakeField>(FieldSchema<F> schema, Map<F, Integer> columns) {

    /** A field chosen for two columns; each page says so in its own words. */
    public static final class MappedTwiceException extends IllegalArgumentException {

        private final transient IntakeField field;

        MappedTwiceException(IntakeField field) {
            super("field '" + field.key() + "' mapped twice");
            this.field = field;
        }

        public IntakeField field() {
            return field;
        }
    }

    public ColumnMapping {
        Map<F, Integer> ordered = new LinkedHashMap<>();
        for (F field : schema.fields()) {
            if (columns.containsKey(field)) {
                ordered.put(field, columns.get(field));
            }
        }
        columns = Collections.unmodifiableMap(ordered);
    }

    /** Each field in the schema's order takes the first column whose header names it and no earlier field took. */
    public static <F extends IntakeField> ColumnMapping<F> suggest(FieldSchema<F> schema, List<String> header) {
        return new ColumnMapping<>(schema, ColumnHeaders.suggest(header, schema.fields(), IntakeField::key,
                IntakeField::headers));
    }

    /**
     * The mapping chosen on a page: for each column in order, the key of its field, or blank to leave it out.
     *
     * @throws MappedTwiceException when one field is chosen for two columns
     */
    public static <F extends IntakeField> ColumnMapping<F> chosen(FieldSchema<F> schema, List<String> choices) {
        Map<F, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < choices.size(); i++) {
            F field = schema.field(choices.get(i));
            if (field != null && columns.put(field, i) != null) {
                throw new MappedTwiceException(field);
            }
        }
        return new ColumnMapping<>(schema, columns);
    }

    /**
     * A mapping given as pairs of a column (header text or 1-based number) and a field key, as the CLI's
     * {@code --mapping} gives it.
     *
     * @throws IllegalArgumentException naming the column or field that is unknown or used twice
     */
    public static <F extends IntakeField> ColumnMapping<F> named(FieldSchema<F> schema, List<String> header,
                                                               Map<String, String> columnToField) {
        Map<F, Integer> columns = new LinkedHashMap<>();
        columnToField.forEach((column, fieldName) -> {
            if (fieldName == null || fieldName.isBlank()) {
                return;
            }
            F field = schema.field(fieldName);
            if (field == null) {
                throw new IllegalArgumentException("unknown field '" + fieldName + "'");
            }
            int index = columnIndex(header, column);
            if (columns.containsKey(field) || columns.containsValue(index)) {
                throw new IllegalArgumentException("column '" + column + "' or field '" + fieldName + "' mapped twice");
            }
            columns.put(field, index);
        });
        return new ColumnMapping<>(schema, columns);
    }

    /** This mapping with the given pairs taking their columns over from the fields that had them. */
    public ColumnMapping<F> overriddenBy(ColumnMapping<F> named) {
        Map<F, Integer> merged = new LinkedHashMap<>(columns);
        named.columns().forEach((field, column) -> {
            merged.values().remove(column);
            merged.put(field, column);
        });
        return new ColumnMapping<>(schema, merged);
    }

    public List<F> missingRequired() {
        return schema.fields().stream().filter(field -> schema.requires(field) && !columns.containsKey(field))
                .toList();
    }

    /** The field a column fills, or null. */
    public F fieldOf(int column) {
        return columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** The row's non-blank cells by the field they fill, stripped. */
    public Map<F, String> values(List<String> cells) {
        Map<F, String> values = new LinkedHashMap<>();
        columns.forEach((field, column) -> {
            String cell = column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
            if (!cell.isEmpty()) {
                values.put(field, cell);
            }
        });
        return values;
    }

    /** Stored form: {@code pin=0;full_name=1}. */
    public String encode() {
        List<String> parts = new ArrayList<>();
        columns.forEach((field, column) -> parts.add(field.key() + "=" + column));
        return String.join(";", parts);
    }

    /** The stored form read back; a field the schema no longer has is left out. */
    public static <F extends IntakeField> ColumnMapping<F> decode(FieldSchema<F> schema, String text) {
        Map<F, Integer> columns = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String part : text.split(";")) {
                String[] pair = part.split("=", 2);
                F field = schema.field(pair[0]);
                if (field != null) {
                    columns.put(field, Integer.parseInt(pair[1]));
                }
            }
        }
        return new ColumnMapping<>(schema, columns);
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
