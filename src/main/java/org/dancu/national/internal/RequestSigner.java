package org.dancu.national.internal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signs the province's calls to the national database as HTTP Message Signatures (RFC 9421, Ed25519)
 * over @method, @path, content-digest (RFC 9530) and idempotency-key, with created, keyid and a
 * fresh nonce: the same profile the province's own gateway asks of its partners (docs/exchange.md).
 */
final class RequestSigner {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String keyId;
    private final PrivateKey key;

    RequestSigner(String keyId, PrivateKey key) {
        this.keyId = keyId;
        this.key = key;
    }

    Map<String, String> headers(String method, String path, byte[] body, String idempotencyKey, long created) {
        try {
            String digest = SignatureProfile.digest(body);
            byte[] nonceBytes = new byte[18];
            RANDOM.nextBytes(nonceBytes);
            String params = SignatureProfile.parameters(created, keyId,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(nonceBytes));
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(SignatureProfile.base(method, path, digest, idempotencyKey, params));
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Digest", digest);
            headers.put("Idempotency-Key", idempotencyKey);
            headers.put("Signature-Input", "sig1=" + params);
            headers.put("Signature", "sig1=:" + Base64.getEncoder().encodeToString(signer.sign()) + ":");
            return headers;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the national database key cannot sign", e);
        }
    }
}
