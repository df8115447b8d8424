package org.dancu.httpsig;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** The {@code Content-Digest} field of RFC 9530 with its {@code sha-256} member. */
public final class ContentDigest {

    private static final String MEMBER = "sha-256=:";

    private ContentDigest() {
    }

    /** The field value for a body: {@code sha-256=:<base64>:}. */
    public static String of(byte[] body) {
        return MEMBER + Base64.getEncoder().encodeToString(sha256(body)) + ":";
    }

    /** Does the field carry a sha-256 member equal to the body's? Other members are ignored. */
    public static boolean matches(String field, byte[] body) {
        if (field == null) {
            return false;
        }
        for (String member : field.split(",")) {
            String trimmed = member.strip();
            if (trimmed.startsWith(MEMBER) && trimmed.endsWith(":") && trimmed.length() > MEMBER.length()) {
                byte[] claimed;
                try {
                    claimed = Base64.getDecoder().decode(trimmed.substring(MEMBER.length(), trimmed.length() - 1));
                } catch (IllegalArgumentException e) {
                    return false;
                }
                return MessageDigest.isEqual(claimed, sha256(body));
            }
        }
        return false;
    }

    /** The SHA-256 of the bytes. */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The SHA-256 of the bytes in lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(sha256(bytes));
    }
}
