package org.dancu.results.seal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The province's published keys ({@code /results/trust-list}): each key's id, public half (SubjectPublicKeyInfo,
 * base64, as WebCrypto imports it), signing window and state. Machines read it, so states stay codes.
 */
public record TrustList(String issuer, Instant published, List<ProvinceKey> keys) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public TrustList {
        keys = List.copyOf(keys);
    }

    public Optional<ProvinceKey> key(String keyId) {
        return keys.stream().filter(key -> key.keyId().equals(keyId)).findFirst();
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("issuer", issuer);
        root.put("published", published.toString());
        ArrayNode list = root.putArray("keys");
        for (ProvinceKey key : keys) {
            ObjectNode each = list.addObject();
            each.put("kid", key.keyId());
            each.put("alg", "ES256");
            each.put("publicKey", Base64.getEncoder().encodeToString(key.publicKey().getEncoded()));
            each.put("validFrom", key.validFrom().toString());
            each.put("validUntil", key.validUntil() == null ? null : key.validUntil().toString());
            each.put("state", key.state().name());
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Reads a trust list; throws {@link IllegalArgumentException} when the text is not one. */
    public static TrustList fromJson(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            List<ProvinceKey> keys = new ArrayList<>();
            for (JsonNode each : root.required("keys")) {
                JsonNode until = each.get("validUntil");
                keys.add(new ProvinceKey(each.required("kid").asString(),
                        ProvinceKeys.publicKey(Base64.getDecoder().decode(each.required("publicKey").asString())),
                        Instant.parse(each.required("validFrom").asString()),
                        until == null || until.isNull() ? null : Instant.parse(until.asString()),
                        KeyState.valueOf(each.required("state").asString())));
            }
            return new TrustList(root.required("issuer").asString(), Instant.parse(root.required("published").asString()),
                    keys);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a trust list: " + e.getMessage(), e);
        }
    }
}
