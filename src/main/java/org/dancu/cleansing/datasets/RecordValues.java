package org.dancu.cleansing.datasets;

import java.util.Map;

import org.dancu.cleansing.SectorField;

/** A record's values as the agency sent them, person fields and the sector's own, keyed by field. */
public record RecordValues(Map<SectorField, String> values) {

    public RecordValues {
        values = Map.copyOf(values);
    }

    /** The value, "" when absent. */
    public String get(SectorField field) {
        return values.getOrDefault(field, "");
    }

    public boolean has(SectorField field) {
        return !get(field).isBlank();
    }

    @Override
    public String toString() {
        return "RecordValues[" + values.size() + " fields]";
    }
}
