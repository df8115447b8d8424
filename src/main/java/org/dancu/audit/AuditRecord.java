package org.dancu.audit;

import java.time.Instant;

/**
 * An entry as the ledger holds it: its place in the chain, the time the ledger stamped on it and
 * its hash (64 hexadecimal digits).
 */
public record AuditRecord(long seq, Instant occurredAt, AuditEntry entry, String hash) {
}
