package org.dancu.httpsig;

import java.util.Optional;

/**
 * The verifier's answer: verified, or refused with the reason. The key and the signature base are
 * known once the signature checked out, so also for a refusal that is {@link Refusal#authenticated()}.
 * A verified answer is accepted once its {@link #nonce()} is claimed: {@link #claimedIn} a registry,
 * or by the caller's own store in the same commit as its record of the request.
 *
 * @param <K> the caller's record of a key
 */
public final class Verification<K> {

    private final Refusal refusal;
    private final K key;
    private final String keyId;
    private final byte[] signatureBase;
    private final Nonce nonce;

    private Verification(Refusal refusal, K key, String keyId, byte[] signatureBase, Nonce nonce) {
        this.refusal = refusal;
        this.key = key;
        this.keyId = keyId;
        this.signatureBase = signatureBase;
        this.nonce = nonce;
    }

    static <K> Verification<K> refused(Refusal refusal) {
        return new Verification<>(refusal, null, null, null, null);
    }

    static <K> Verification<K> signedBy(K key, String keyId, byte[] signatureBase, Nonce nonce) {
        return new Verification<>(null, key, keyId, signatureBase, nonce);
    }

    Verification<K> refusedAs(Refusal authenticatedRefusal) {
        return new Verification<>(authenticatedRefusal, key, keyId, signatureBase, nonce);
    }

    /**
     * This answer once the nonce is claimed in the registry; refused as {@link Refusal#REPLAYED} when it
     * was claimed before. A refused answer is returned as it is: nothing is claimed for it.
     */
    public Verification<K> claimedIn(NonceRegistry nonces) {
        if (!verified() || nonces.claim(nonce.keyId(), nonce.value(), nonce.keepUntil())) {
            return this;
        }
        return refusedAs(Refusal.REPLAYED);
    }

    /** The nonce to claim before the request is accepted; null unless the signature checked out. */
    public Nonce nonce() {
        return nonce;
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
