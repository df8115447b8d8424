package org.dancu.results.seal;

import java.time.Instant;

/**
 * What an offline check found.
 *
 * @param outcome  the answer
 * @param claims   what the QR says, when it is authentic (else null)
 * @param statusAt the time of the status list the answer read, null when no list held the result's entry
 */
public record OfflineVerdict(Outcome outcome, OfflineClaims claims, Instant statusAt) {

    public enum Outcome {
        /** Signed by a province key inside its window, and valid as of the status list (or no list at hand). */
        VALID,
        /** Signed as it should be, but revoked as of the status list. */
        REVOKED,
        /** Signed as it should be, but replaced by another result as of the status list. */
        SUPERSEDED,
        /** The key it names is not on the trust list. */
        UNKNOWN_KEY,
        /** The key it names is withdrawn, or did not sign at the time the QR says. */
        WITHDRAWN_KEY,
        /** It claims to be a result's QR but does not decode or its signature does not hold (changed or forged). */
        NOT_AUTHENTIC,
        /** It is not a result's QR text at all (blank, another kind of code). */
        UNREADABLE;

        /** Authentic and valid: what a checker may rely on. */
        public boolean relied() {
            return this == VALID;
        }
    }

    static OfflineVerdict of(Outcome outcome) {
        return new OfflineVerdict(outcome, null, null);
    }
}
