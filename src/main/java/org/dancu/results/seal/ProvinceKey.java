package org.dancu.results.seal;

import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One of the province's signing keys as the trust list publishes it: its id, public half, signing window
 * ({@code validUntil} is null while the key is active) and state.
 */
public record ProvinceKey(String keyId, PublicKey publicKey, Instant validFrom, Instant validUntil, KeyState state) {

    public ProvinceKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(state, "state");
    }

    /**
     * Whether a signature this key made at {@code signedAt} counts: never once withdrawn, else inside its window
     * (which opens at the whole second, for the QR tells the time of issue to the second).
     */
    public boolean vouchesFor(Instant signedAt) {
        return state != KeyState.WITHDRAWN && !signedAt.isBefore(validFrom.truncatedTo(ChronoUnit.SECONDS))
                && (validUntil == null || signedAt.isBefore(validUntil));
    }
}
