package org.dancu.httpsig;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs requests as HTTP Message Signatures (RFC 9421, Ed25519, label {@code sig1}) over the
 * components it was made with, with the parameters {@code created}, {@code keyid}, a fresh
 * {@code nonce}, {@code alg} and, when given, {@code tag}. When {@code content-digest} is covered it
 * computes the field (RFC 9530) from the body. Thread-safe.
 */
public final class RequestSigner {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String keyId;
    private final PrivateKey key;
    private final List<String> components;
    private final String tag;

    /**
     * @param components the covered components in order, e.g. {@code @method}, {@code @path},
     *                   {@code content-digest}
     * @param tag        the {@code tag} parameter the receiver expects; null for none
     */
    public RequestSigner(String keyId, PrivateKey key, List<String> components, String tag) {
        this.keyId = keyId;
        this.key = key;
        this.components = List.copyOf(components);
        this.tag = tag;
    }

    /**
     * An Ed25519 private key from the base64 text of its PKCS#8 encoding.
     *
     * @throws IllegalArgumentException when the text is no such key
     */
    public static PrivateKey privateKey(String base64Pkcs8) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64Pkcs8)));
        } catch (GeneralSecurityException | NullPointerException e) {
            throw new IllegalArgumentException("not a base64 PKCS#8 Ed25519 private key", e);
        }
    }

    /** A fresh random nonce (144 bits, base64url). */
    public static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The fields to add to a request signed now with a fresh nonce. */
    public Map<String, String> sign(Map<String, String> componentValues, byte[] body) {
        return sign(componentValues, body, Instant.now().getEpochSecond(), nonce(), null);
    }

    /**
     * The fields to add to the request: {@code Content-Digest} (when covered), {@code Signature-Input}
     * and {@code Signature}.
     *
     * @param componentValues each covered component's value but {@code content-digest}, e.g.
     *                        {@code @method} → {@code POST}
     * @param expires         the {@code expires} parameter in epoch seconds; null for none
     * @throws IllegalArgumentException when a covered component has no value
     */
    public Map<String, String> sign(Map<String, String> componentValues, byte[] body, long created, String nonce,
                                    Long expires) {
        Map<String, String> values = new HashMap<>(componentValues);
        Map<String, String> fields = new LinkedHashMap<>();
        if (components.contains("content-digest")) {
            String digest = ContentDigest.of(body);
            values.put("content-digest", digest);
            fields.put("Content-Digest", digest);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("created", created);
        if (expires != null) {
            parameters.put("expires", expires);
        }
        parameters.put("keyid", keyId);
        parameters.put("nonce", nonce);
        parameters.put("alg", SignatureVerifier.ALGORITHM);
        if (tag != null) {
            parameters.put("tag", tag);
        }
        SignatureInput input = new SignatureInput("sig1", components, parameters);
        byte[] base = SignatureBase.of(input, values::get).getBytes(StandardCharsets.UTF_8);
        fields.put("Signature-Input", input.label() + "=" + input.serialise());
        fields.put("Signature", input.label() + "=:" + Base64.getEncoder().encodeToString(signed(base)) + ":");
        return fields;
    }

    private byte[] signed(byte[] base) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(base);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key " + keyId + " cannot sign with Ed25519", e);
        }
    }
}
