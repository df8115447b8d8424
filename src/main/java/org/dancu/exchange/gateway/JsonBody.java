package org.dancu.exchange.gateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A partner's JSON body, read strictly: a field of the wrong type is {@code malformed}, not ignored. */
public final class JsonBody {

    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    static JsonBody parse(JsonMapper json, byte[] body) {
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isObject()) {
                throw new ExchangeRefusal(ExchangeError.MALFORMED);
            }
            return new JsonBody(root);
        } catch (JacksonException e) {
            throw new ExchangeRefusal(ExchangeError.MALFORMED);
        }
    }

    /** A string field, or null when absent; another type is malformed. */
    public String text(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new ExchangeRefusal(ExchangeError.MALFORMED);
        }
        return node.stringValue();
    }

    public CallContext context() {
        return CallContext.of(text("purpose"), text("endUser"), text("caseRef"));
    }

    /** An object of strings, in the sender's order. */
    Map<String, String> textMap(String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw new ExchangeRefusal(ExchangeError.MALFORMED);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getValue().isString()) {
                throw new ExchangeRefusal(ExchangeError.MALFORMED);
            }
            values.put(entry.getKey(), entry.getValue().stringValue());
        }
        return values;
    }

    /** A non-empty array of strings. */
    List<String> textList(String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new ExchangeRefusal(ExchangeError.MALFORMED);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node.values()) {
            if (!item.isString()) {
                throw new ExchangeRefusal(ExchangeError.MALFORMED);
            }
            values.add(item.stringValue());
        }
        return values;
    }
}
