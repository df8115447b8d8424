package org.dancu.httpsig;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 public key ready to check signatures. Checks use Bouncy Castle's RFC 8032 arithmetic
 * on a point decoded once: several times faster than the JDK's EdDSA provider, and a signature check
 * is the largest cost of a signed request. Keep one per key (for example beside the key in a cache),
 * not one per request.
 */
public final class VerificationKey {

    /** The DER prefix of an X.509 SubjectPublicKeyInfo holding an Ed25519 key (OID 1.3.101.112). */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final int RAW_LENGTH = 32;

    private final Ed25519.PublicPoint point;

    private VerificationKey(Ed25519.PublicPoint point) {
        this.point = point;
    }

    /**
     * The raw 32 key bytes from a PEM {@code PUBLIC KEY} block, or a base64 text of the raw key or of
     * its DER encoding.
     *
     * @throws IllegalArgumentException when the text is no Ed25519 public key, or one of small order
     */
    public static byte[] parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty key");
        }
        String base64 = text.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        byte[] bytes = Base64.getDecoder().decode(base64);
        byte[] raw = bytes;
        if (bytes.length == SPKI_PREFIX.length + RAW_LENGTH
                && Arrays.equals(bytes, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
            raw = Arrays.copyOfRange(bytes, SPKI_PREFIX.length, bytes.length);
        }
        if (raw.length != RAW_LENGTH || !Ed25519.validatePublicKeyFull(raw, 0)) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return raw;
    }

    /** The raw key bytes of a JCA Ed25519 public key. */
    public static byte[] raw(PublicKey key) {
        return parse(Base64.getEncoder().encodeToString(key.getEncoded()));
    }

    /**
     * The key of raw bytes, decoded and checked to lie on the curve outside its small subgroups.
     *
     * @throws IllegalArgumentException when the bytes are no such key
     */
    public static VerificationKey of(byte[] raw) {
        Ed25519.PublicPoint point = raw.length == RAW_LENGTH ? Ed25519.validatePublicKeyFullExport(raw, 0) : null;
        if (point == null) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return new VerificationKey(point);
    }

    /** The key of a JCA Ed25519 public key. */
    public static VerificationKey of(PublicKey key) {
        return of(raw(key));
    }

    /** Is the signature this key's signature of the message? */
    public boolean verifies(byte[] message, byte[] signature) {
        return signature.length == Ed25519.SIGNATURE_SIZE
                && Ed25519.verify(signature, 0, point, message, 0, message.length);
    }
}
