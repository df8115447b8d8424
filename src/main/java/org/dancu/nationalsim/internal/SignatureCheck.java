package org.dancu.nationalsim.internal;

import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.dancu.httpsig.KeyLookup;
import org.dancu.httpsig.RecentNonces;
import org.dancu.httpsig.Refusal;
import org.dancu.httpsig.SignatureVerifier;
import org.dancu.httpsig.VerificationKey;
import org.dancu.national.NationalProtocol;

/**
 * Checks each request's signature as the national database would, with the one verifier of
 * {@code httpsig}: the protocol's components, the province's key id and key, a body matching its
 * digest, a {@code created} time within the window, and a nonce not seen within it.
 */
final class SignatureCheck {

    private static final Duration WINDOW = Duration.ofMinutes(5);

    private final SignatureVerifier verifier = new SignatureVerifier(NationalProtocol.SIGNED_COMPONENTS, WINDOW, null);
    private final RecentNonces nonces = new RecentNonces();
    private final KeyLookup<VerificationKey> provinceKey;

    SignatureCheck(String keyId, PublicKey key) {
        VerificationKey verificationKey = VerificationKey.of(key);
        this.provinceKey = KeyLookup.of(id -> id.equals(keyId) ? Optional.of(verificationKey) : Optional.empty(),
                found -> found);
    }

    /**
     * Why the request is refused; empty when it is signed by the province and fresh.
     *
     * @param headers the request's fields by lower-case name
     */
    Optional<String> refusal(String method, String path, Map<String, String> headers, byte[] body) {
        return verifier.verify(component -> component.equals("@method") ? method
                                : component.equals("@path") ? path : headers.get(component),
                        body, provinceKey, Instant.now())
                .claimedIn(nonces).refusal().map(Refusal::description);
    }
}
