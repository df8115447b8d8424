package org.dancu.national.simulator;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.dancu.national.internal.SignatureProfile;

/**
 * Checks each request's signature as the national database would: the profile's components, the
 * province's key id and key, a body matching its digest, a {@code created} time within the window,
 * and a nonce not seen within it (a replayed request is refused).
 */
final class SignatureCheck {

    static final long WINDOW_SECONDS = 300;

    private final String keyId;
    private final PublicKey key;
    private final Map<String, Long> nonces = new ConcurrentHashMap<>();

    SignatureCheck(String keyId, PublicKey key) {
        this.keyId = keyId;
        this.key = key;
    }

    /** Why the request is refused; empty when it is signed by the province and fresh. */
    Optional<String> refusal(String method, String path, Map<String, String> headers, byte[] body, long now) {
        Optional<SignatureProfile.Input> parsed = SignatureProfile.parse(headers.get("signature-input"));
        if (parsed.isEmpty()) {
            return Optional.of("missing or malformed Signature-Input");
        }
        SignatureProfile.Input input = parsed.get();
        String digest = headers.get("content-digest");
        String idempotencyKey = headers.get("idempotency-key");
        if (!input.keyId().equals(keyId)) {
            return Optional.of("unknown key id");
        }
        if (digest == null || !MessageDigest.isEqual(digest.getBytes(), SignatureProfile.digest(body).getBytes())
                || idempotencyKey == null) {
            return Optional.of("Content-Digest or Idempotency-Key missing or wrong");
        }
        if (Math.abs(now - input.created()) > WINDOW_SECONDS) {
            return Optional.of("signature too old or from the future");
        }
        if (!valid(SignatureProfile.base(method, path, digest, idempotencyKey, input.serialised()),
                headers.get("signature"))) {
            return Optional.of("signature does not verify");
        }
        forgetExpired(now);
        if (nonces.putIfAbsent(input.nonce(), now) != null) {
            return Optional.of("nonce already used");
        }
        return Optional.empty();
    }

    private boolean valid(byte[] base, String field) {
        if (field == null || !field.startsWith("sig1=:") || !field.endsWith(":")) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(base);
            return verifier.verify(Base64.getDecoder().decode(field.substring(6, field.length() - 1)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private void forgetExpired(long now) {
        for (Iterator<Long> seen = nonces.values().iterator(); seen.hasNext(); ) {
            if (now - seen.next() > 2 * WINDOW_SECONDS) {
                seen.remove();
            }
        }
    }
}
