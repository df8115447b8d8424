package org.dancu.cleansing.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dancu.civil.ColumnHeaders;
import org.dancu.cleansing.Sector;
import org.dancu.cleansing.SectorField;

/**
 * Which column of the file holds which field of the sector's schema. Stored as the fields' keys in
 * column order, blank for a column left out ({@code "full_name,pin,,birth_date"}).
 */
public record ColumnMapping(List<SectorField> columns) {

    public ColumnMapping {
        columns = java.util.Collections.unmodifiableList(new ArrayList<>(columns));
    }

    /**
     * The mapping an officer most likely wants: each field of the sector goes to the first column whose
     * header names it (Vietnamese or English, with or without accents), as the register's import does.
     */
    static ColumnMapping guess(Sector sector, List<String> header) {
        Map<SectorField, Integer> suggested = ColumnHeaders.suggest(header, sector.fields(), SectorField::key,
                SectorField::headers);
        List<SectorField> columns = new ArrayList<>(Collections.nCopies(header.size(), (SectorField) null));
        suggested.forEach((field, column) -> columns.set(column, field));
        return new ColumnMapping(columns);
    }

    static ColumnMapping parse(String text, int width) {
        List<SectorField> columns = new ArrayList<>();
        String[] keys = text == null ? new String[0] : text.split(",", -1);
        for (int i = 0; i < width; i++) {
            columns.add(i < keys.length ? SectorField.ofKey(keys[i]) : null);
        }
        return new ColumnMapping(columns);
    }

    String format() {
        return String.join(",", columns.stream().map(field -> field == null ? "" : field.key()).toList());
    }

    SectorField field(int column) {
        return column < columns.size() ? columns.get(column) : null;
    }

    RecordValues values(List<String> cells) {
        Map<SectorField, String> values = new EnumMap<>(SectorField.class);
        for (int i = 0; i < columns.size() && i < cells.size(); i++) {
            SectorField field = columns.get(i);
            String cell = cells.get(i) == null ? "" : cells.get(i).strip();
            if (field != null && !cell.isEmpty()) {
                values.put(field, cell);
            }
        }
        return new RecordValues(values);
    }

    /** A field mapped to two columns, or null. */
    SectorField mappedTwice() {
        List<SectorField> seen = new ArrayList<>();
        for (SectorField field : columns) {
            if (field != null && seen.contains(field)) {
                return field;
            }
            seen.add(field);
        }
        return null;
    }
}
