package org.dancu.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Stands in for the audit module's ledger in the security tests until that ledger is part of the
 * application; it keeps every entry in memory so tests can check what was recorded. Remove this
 * class and its import in {@link SecurityIntegrationTest} once the real ledger exists.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordingAuditLedger implements AuditLedger {

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    /** The entries with this action about this object, oldest first. */
    public List<AuditEntry> entries(String action, String objectId) {
        return entries.stream()
                .filter(e -> e.action().equals(action))
                .filter(e -> objectId == null ? e.objectId() == null : objectId.equals(e.objectId()))
                .toList();
    }

    /** Every entry with this action, oldest first. */
    public List<AuditEntry> entries(String action) {
        return entries.stream().filter(e -> e.action().equals(action)).toList();
    }
}
