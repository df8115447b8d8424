package org.dancu.audit;

/** Walks the whole chain and reports whether it is intact, or where it first breaks. */
public interface AuditVerifier {

    /**
     * Checks every entry in chain order against its own hash, its predecessor's hash and the
     * sequence, then the last entry against the chain head, in one consistent snapshot. Reads
     * the ledger as a stream, so memory stays constant however long the chain is.
     */
    VerificationReport verify();
}
