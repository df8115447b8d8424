package org.dancu.audit;

/**
 * The append-only, hash-chained record of every read and change of personal data and every
 * partner call. {@link #record} returns only once the entry is durably stored, so callers write
 * the entry before the data they audit leaves the system.
 */
public interface AuditLedger {

    /** Appends the entry to the chain and waits until it is committed. */
    void record(AuditEntry entry);
}
