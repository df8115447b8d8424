package org.dancu.audit.internal;

import java.time.Instant;

/** One row of {@code audit.ledger}. */
record LedgerRow(long seq, Instant occurredAt, EntryContent content, byte[] prevHash, byte[] hash) {
}
