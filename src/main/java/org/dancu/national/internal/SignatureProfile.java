package org.dancu.national.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one signature profile of the national protocol (RFC 9421, Ed25519): the covered components,
 * the {@code Content-Digest} value and the signature base. The connector signs with it and the
 * reference simulator checks with it, so both always agree on the bytes signed.
 */
public final class SignatureProfile {

    static final String COMPONENTS = "(\"@method\" \"@path\" \"content-digest\" \"idempotency-key\")";
    private static final Pattern INPUT = Pattern.compile("sig1=(" + Pattern.quote(COMPONENTS)
            + ";created=([0-9]{1,15});keyid=\"([!#-~]+)\";nonce=\"([A-Za-z0-9_-]{16,64})\";alg=\"ed25519\")");

    /** The parameters of a received {@code Signature-Input} field that follows this profile. */
    public record Input(String serialised, long created, String keyId, String nonce) {
    }

    private SignatureProfile() {
    }

    /** {@code sha-256=:<base64>:} of the body (RFC 9530). */
    public static String digest(byte[] body) {
        try {
            return "sha-256=:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body))
                    + ":";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String parameters(long created, String keyId, String nonce) {
        return COMPONENTS + ";created=" + created + ";keyid=\"" + keyId + "\";nonce=\"" + nonce + "\";alg=\"ed25519\"";
    }

    /** The exact bytes signed. */
    public static byte[] base(String method, String path, String digest, String idempotencyKey, String parameters) {
        return ("\"@method\": " + method + "\n\"@path\": " + path + "\n\"content-digest\": " + digest
                + "\n\"idempotency-key\": " + idempotencyKey + "\n\"@signature-params\": " + parameters)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The field's parameters when it follows this profile exactly; empty otherwise. */
    public static Optional<Input> parse(String signatureInput) {
        if (signatureInput == null) {
            return Optional.empty();
        }
        Matcher m = INPUT.matcher(signatureInput.strip());
        return m.matches() ? Optional.of(new Input(m.group(1), Long.parseLong(m.group(2)), m.group(3), m.group(4)))
                : Optional.empty();
    }
}
