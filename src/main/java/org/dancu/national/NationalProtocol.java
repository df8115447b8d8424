package org.dancu.national;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The wire protocol of docs/national.md as both sides speak it: the components every request's
 * signature covers, and field maps as a JSON object keyed by the field's name. Shared by the
 * connector and the reference simulator so both sign, read and write the same shape.
 */
public final class NationalProtocol {

    /** What the province's signature (RFC 9421, Ed25519) covers on every call. */
    public static final List<String> SIGNED_COMPONENTS =
            List.of("@method", "@path", "content-digest", "idempotency-key");

    private NationalProtocol() {
    }

    /** Field name to value, in the map's order, for writing. */
    public static <V> Map<String, V> names(Map<NationalField, V> values) {
        Map<String, V> names = new LinkedHashMap<>();
        values.forEach((field, value) -> names.put(field.name(), value));
        return names;
    }

    /** The text values of an object; null values are left out. */
    public static Map<NationalField, String> texts(JsonNode node) {
        Map<NationalField, String> fields = new EnumMap<>(NationalField.class);
        node.properties().forEach(e -> {
            if (!e.getValue().isNull()) {
                fields.put(NationalField.valueOf(e.getKey()), e.getValue().asString());
            }
        });
        return fields;
    }

    /** The agreement answers of an object. */
    public static Map<NationalField, Boolean> answers(JsonNode node) {
        Map<NationalField, Boolean> results = new EnumMap<>(NationalField.class);
        node.properties().forEach(e -> results.put(NationalField.valueOf(e.getKey()), e.getValue().asBoolean()));
        return results;
    }
}
