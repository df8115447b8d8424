package org.dancu.eidsim;

/**
 * How the simulator may be told to misbehave at run time, so that tests show the citizen login refusing
 * what a broken or hostile provider would send. Each applies to the ID tokens issued from then on.
 */
public enum Misbehaviour {
    /** A faithful provider. */
    NONE,
    /** Signed with a key its JWKS does not publish. */
    FOREIGN_KEY,
    /** Already expired when issued. */
    EXPIRED,
    /** Issued for another client ({@code aud}). */
    OTHER_AUDIENCE,
    /** Naming another issuer ({@code iss}). */
    OTHER_ISSUER,
    /** The personal ID claim is not a 12-digit ID. */
    MALFORMED_ID,
    /** No personal ID claim at all. */
    MISSING_ID
}
