package org.dancu.register.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.dancu.register.PersonField;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Person fields and their values as the register keeps them in {@code jsonb}: an object keyed by
 * column name (a life event's {@code sets} and {@code replaced}, a correction request's values). A key
 * that names no field (one since removed) is left out on reading.
 */
public final class PersonFieldsJson {

    private static final TypeReference<Map<String, String>> JSON_MAP = new TypeReference<>() { };
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PersonFieldsJson() {
    }

    public static String write(Map<PersonField, String> fields) {
        Map<String, String> byColumn = new LinkedHashMap<>();
        fields.forEach((field, value) -> byColumn.put(field.column(), value));
        return JSON.writeValueAsString(byColumn);
    }

    public static Map<PersonField, String> read(String text) {
        Map<PersonField, String> fields = new EnumMap<>(PersonField.class);
        JSON.readValue(text, JSON_MAP).forEach((column, value) -> {
            PersonField field = PersonField.ofColumn(column);
            if (field != null) {
                fields.put(field, value);
            }
        });
        return fields;
    }
}
