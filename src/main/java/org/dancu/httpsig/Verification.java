package org.dancu.httpsig;

import java.util.Optional;

/**
 * The verifier's answer: verified, or refused with the reason. The key and the signature base are
 * known once the signature checked out, so also for a refusal that is {@link Refusal#authenticated()}.
 *
 * @param <K> the caller's record of a key
 */
public final class Verification<K> {

    private final Refusal refusal;
    private final K key;
    private final String keyId;
    private final byte[] signatureBase;

    private Verification(Refusal refusal, K key, String keyId, byte[] signatureBase) {
        this.refusal = refusal;
        this.key = key;
        this.keyId = keyId;
        this.signatureBase = signatureBase;
    }

    static <K> Verification<K> refused(Refusal refusal) {
        return new Verification<>(refusal, null, null, null);
    }

    static <K> Verification<K> signedBy(K key, String keyId, byte[] signatureBase) {
        return new Verification<>(null, key, keyId, signatureBase);
    }

    Verification<K> refusedAs(Refusal authenticatedRefusal) {
        return new Verification<>(authenticatedRefusal, key, keyId, signatureBase);
    }

    public boolean verified() {
        return refusal == null;
    }

    /** Why the request is refused; empty when it is verified. */
    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** The signing key's record; null unless the signature checked out. */
    public K key() {
        return key;
    }

    /** The signing key's id; null unless the signature checked out. */
    public String keyId() {
        return keyId;
    }

    /** The exact bytes signed (UTF-8); null unless the signature checked out. */
    public byte[] signatureBase() {
        return signatureBase == null ? null : signatureBase.clone();
    }
}
