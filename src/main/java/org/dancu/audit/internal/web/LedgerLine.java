package org.dancu.audit.internal.web;

import java.time.Instant;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditRecord;

/** One ledger entry as the page shows it: the hash shortened, marked as cut, with the full one at hand. */
record LedgerLine(long seq, Instant occurredAt, AuditEntry entry, String hash, String shortHash) {

    private static final int SHORT_HASH = 12;

    static LedgerLine of(AuditRecord record) {
        return new LedgerLine(record.seq(), record.occurredAt(), record.entry(), record.hash(),
                record.hash().substring(0, SHORT_HASH) + "…");
    }
}
