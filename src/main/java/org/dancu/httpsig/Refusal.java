package org.dancu.httpsig;

/**
 * Why a signed request is refused, in the order the verifier checks. Up to {@link #BAD_SIGNATURE}
 * the sender is unknown; from {@link #CREATED_TOO_OLD} on the signature is the key holder's own and
 * only its freshness fails, so the caller may answer the key holder by name.
 */
public enum Refusal {
    /** No {@code Signature-Input} or no {@code Signature} field. */
    MISSING("no Signature-Input or Signature field"),
    /** A field that cannot be read, or no signature under the input's label. */
    MALFORMED("a signature field cannot be read"),
    /** No {@code keyid}, {@code created} or well-formed {@code nonce} parameter. */
    PARAMETERS_MISSING("keyid, created or nonce missing or malformed"),
    /** An {@code alg} parameter other than {@code ed25519}. */
    WRONG_ALGORITHM("alg is not ed25519"),
    /** A {@code tag} parameter other than the one the verifier expects. */
    WRONG_TAG("tag is not the expected one"),
    /** A component the verifier requires is not covered. */
    COMPONENTS_NOT_COVERED("a required component is not covered"),
    /** No key of that id. */
    UNKNOWN_KEY("unknown key id"),
    /** The {@code Content-Digest} field does not match the body. */
    DIGEST_MISMATCH("Content-Digest does not match the body"),
    /** A covered component the request does not carry. */
    COMPONENT_ABSENT("a covered component is absent"),
    /** The signature is not the key's signature of the signature base. */
    BAD_SIGNATURE("signature does not verify"),
    /** {@code created} lies further back than the window. */
    CREATED_TOO_OLD("signature too old"),
    /** {@code created} lies further ahead than the window. */
    CREATED_IN_FUTURE("signature from the future"),
    /** {@code expires} has passed (RFC 9421 §3.2). */
    EXPIRED("signature expired"),
    /** The nonce was used before within the window. */
    REPLAYED("nonce already used");

    private final String description;

    Refusal(String description) {
        this.description = description;
    }

    /** The reason in a few English words, for a machine's answer or a log line (never for a person's page). */
    public String description() {
        return description;
    }

    /** Was the signature verified, so that the refusal concerns a known key holder? */
    public boolean authenticated() {
        return compareTo(CREATED_TOO_OLD) >= 0;
    }
}
