package org.dancu.audit.internal.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditRecord;

/** One ledger entry as the page shows it: local time, and the hash shortened with the full one at hand. */
record LedgerLine(long seq, String time, AuditEntry entry, String hash, String shortHash) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int SHORT_HASH = 12;

    static LedgerLine of(AuditRecord record, ZoneId zone) {
        return new LedgerLine(record.seq(), TIME.format(record.occurredAt().atZone(zone)), record.entry(),
                record.hash(), record.hash().substring(0, SHORT_HASH));
    }

    public String outcomeBadge() {
        return switch (entry.outcome()) {
            case SUCCESS -> "ok";
            case DENIED -> "warn";
            case FAILED -> "bad";
        };
    }
}
