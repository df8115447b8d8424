package org.dancu.httpsig;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Checks a signed request (RFC 9421 with Ed25519, RFC 9530 content digest) in an order that spends
 * no state on strangers: the signature fields and parameters, the key, the digest, the signature and
 * the freshness; only then is the nonce claimed ({@link Verification#claimedIn}, or by the caller
 * together with its own record of the request), so that nobody can burn another key holder's nonces.
 * Immutable and thread-safe: one per profile.
 */
public final class SignatureVerifier {

    static final String ALGORITHM = "ed25519";
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9+/=_-]{16,128}");

    private final Set<String> requiredComponents;
    private final long windowSeconds;
    private final String tag;

    /**
     * @param requiredComponents what every signature must cover, e.g. {@code @method}, {@code @path},
     *                           {@code content-digest}
     * @param window             how far {@code created} may lie from now, either way; nonces are kept
     *                           as long
     * @param tag                the {@code tag} parameter every signature must carry; null when any
     *                           or none will do
     */
    public SignatureVerifier(List<String> requiredComponents, Duration window, String tag) {
        this.requiredComponents = Set.copyOf(requiredComponents);
        this.windowSeconds = window.toSeconds();
        this.tag = tag;
    }

    /**
     * Everything but the nonce: a verified answer still has its {@link Verification#nonce()} to claim,
     * and until it is claimed the request may be a replay.
     *
     * @param components a covered component's value by its identifier ({@code @method}, {@code @path},
     *                   or a lower-case field name, several field lines joined by {@code ", "}); null
     *                   when the request lacks it. The {@code signature-input}, {@code signature} and
     *                   {@code content-digest} fields are read through it too.
     * @param body       the request's body as received
     * @param now        the time to judge freshness by
     */
    public <K> Verification<K> verify(UnaryOperator<String> components, byte[] body, KeyLookup<K> keys,
                                      Instant now) {
        String inputField = components.apply("signature-input");
        String signatureField = components.apply("signature");
        if (inputField == null || signatureField == null) {
            return Verification.refused(Refusal.MISSING);
        }
        SignatureInput input;
        byte[] signature;
        try {
            input = SignatureInput.parse(inputField);
            signature = signature(signatureField, input.label());
        } catch (IllegalArgumentException e) {
            return Verification.refused(Refusal.MALFORMED);
        }
        Refusal unusable = unusableParameters(input);
        if (unusable != null) {
            return Verification.refused(unusable);
        }
        String keyId = input.text("keyid");
        K key = keys.find(keyId).orElse(null);
        if (key == null) {
            return Verification.refused(Refusal.UNKNOWN_KEY);
        }
        if (input.components().contains("content-digest")
                && !ContentDigest.matches(components.apply("content-digest"), body)) {
            return Verification.refused(Refusal.DIGEST_MISMATCH);
        }
        byte[] base;
        try {
            base = SignatureBase.of(input, components).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Verification.refused(Refusal.COMPONENT_ABSENT);
        }
        if (!keys.publicKey(key).verifies(base, signature)) {
            return Verification.refused(Refusal.BAD_SIGNATURE);
        }
        Verification<K> signed = Verification.signedBy(key, keyId, base, new Nonce(keyId, input.text("nonce"),
                Instant.ofEpochSecond(input.number("created") + windowSeconds + 1)));
        Refusal stale = staleness(input, now.getEpochSecond());
        return stale == null ? signed : signed.refusedAs(stale);
    }

    private Refusal unusableParameters(SignatureInput input) {
        String nonce = input.text("nonce");
        if (input.text("keyid") == null || input.number("created") == null || nonce == null
                || !NONCE.matcher(nonce).matches()) {
            return Refusal.PARAMETERS_MISSING;
        }
        String alg = input.text("alg");
        if (alg != null && !alg.equals(ALGORITHM)) {
            return Refusal.WRONG_ALGORITHM;
        }
        if (tag != null && !tag.equals(input.text("tag"))) {
            return Refusal.WRONG_TAG;
        }
        return input.components().containsAll(requiredComponents) ? null : Refusal.COMPONENTS_NOT_COVERED;
    }

    private Refusal staleness(SignatureInput input, long now) {
        long created = input.number("created");
        if (now - created > windowSeconds) {
            return Refusal.CREATED_TOO_OLD;
        }
        if (created - now > windowSeconds) {
            return Refusal.CREATED_IN_FUTURE;
        }
        Long expires = input.number("expires");
        return expires != null && now > expires ? Refusal.EXPIRED : null;
    }

    /** The {@code Signature} field's member for the label: {@code sig1=:<base64>:}. */
    private static byte[] signature(String field, String label) {
        for (String member : field.split(",")) {
            String trimmed = member.strip();
            if (trimmed.startsWith(label + "=:") && trimmed.endsWith(":")
                    && trimmed.length() > label.length() + 3) {
                return Base64.getDecoder().decode(trimmed.substring(label.length() + 2, trimmed.length() - 1));
            }
        }
        throw new IllegalArgumentException("no signature for the label");
    }
}
