package org.dancu.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditRecord;
import org.dancu.audit.AuditTrail;

/** What the security module wrote to the audit ledger, oldest first, as tests check it. */
public final class SecurityLedger {

    private final AuditTrail trail;

    public SecurityLedger(AuditTrail trail) {
        this.trail = trail;
    }

    /** The entries with this action about the staff account (or tried username) {@code username}. */
    public List<AuditEntry> entries(String action, String username) {
        return about("staff-account", username, action);
    }

    /** The refusals of {@code request} ({@code "GET /admin/accounts"}). */
    public List<AuditEntry> denials(String request) {
        return about("url", request, "security.access-denied");
    }

    private List<AuditEntry> about(String objectType, String objectId, String action) {
        List<AuditEntry> entries = trail.findByObject(objectType, objectId, 1000).stream()
                .map(AuditRecord::entry)
                .filter(entry -> entry.action().equals(action))
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.reverse(entries);
        return entries;
    }
}
