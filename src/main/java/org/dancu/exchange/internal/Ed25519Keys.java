package org.dancu.exchange.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** Ed25519 public keys as partners hand them in (PEM or raw base64) and signature checks, with the JDK only. */
final class Ed25519Keys {

    /** The DER prefix of an X.509 SubjectPublicKeyInfo holding an Ed25519 key (OID 1.3.101.112). */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    static final int RAW_LENGTH = 32;

    private Ed25519Keys() {
    }

    /**
     * The raw 32 key bytes from a PEM {@code PUBLIC KEY} block, or a base64 text of the raw key or of
     * its DER encoding.
     *
     * @throws IllegalArgumentException when the text is no Ed25519 public key
     */
    static byte[] parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty key");
        }
        String base64 = text.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length == RAW_LENGTH) {
            return bytes;
        }
        if (bytes.length == SPKI_PREFIX.length + RAW_LENGTH
                && Arrays.equals(bytes, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
            return Arrays.copyOfRange(bytes, SPKI_PREFIX.length, bytes.length);
        }
        throw new IllegalArgumentException("not an Ed25519 public key");
    }

    static PublicKey publicKey(byte[] raw) {
        byte[] der = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + RAW_LENGTH);
        System.arraycopy(raw, 0, der, SPKI_PREFIX.length, RAW_LENGTH);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /** The raw key bytes of a JCA Ed25519 public key (its DER encoding without the fixed prefix). */
    static byte[] raw(PublicKey key) {
        return parse(Base64.getEncoder().encodeToString(key.getEncoded()));
    }

    static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
