package org.dancu.banksim.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.dancu.httpsig.KeyLookup;
import org.dancu.httpsig.RecentNonces;
import org.dancu.httpsig.Refusal;
import org.dancu.httpsig.SignatureVerifier;
import org.dancu.httpsig.VerificationKey;

/**
 * Checks each request's signature as a bank would, with the one verifier of {@code httpsig}: the method,
 * path, query and body digest covered, the province's key id and key, a {@code created} time within five
 * minutes, and a nonce not seen within them.
 */
final class SignatureCheck {

    /** What the province signs on every call to a bank (docs/payments.md, "The bank simulator"). */
    static final List<String> SIGNED_COMPONENTS = List.of("@method", "@path", "@query", "content-digest");
    private static final Duration WINDOW = Duration.ofMinutes(5);

    private final SignatureVerifier verifier = new SignatureVerifier(SIGNED_COMPONENTS, WINDOW, null);
    private final RecentNonces nonces = new RecentNonces();
    private final KeyLookup<VerificationKey> provinceKey;

    SignatureCheck(String keyId, VerificationKey verificationKey) {
        this.provinceKey = KeyLookup.of(id -> id.equals(keyId) ? Optional.of(verificationKey) : Optional.empty(),
                found -> found);
    }

    /**
     * Why the request is refused; empty when it is signed by the province and fresh.
     *
     * @param components a covered component's value by its identifier, a field by its lower-case name
     */
    Optional<String> refusal(UnaryOperator<String> components, byte[] body) {
        return verifier.verify(components, body, provinceKey, Instant.now())
                .claimedIn(nonces).refusal().map(Refusal::description);
    }
}
