package org.dancu.results.internal;

import java.util.List;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.results.IssuedResult;
import org.springframework.stereotype.Component;

/**
 * The ledger entries of the register's changes: a result issued, superseded or revoked, one entry
 * against each holder's ID (so the holder's "who used my data" lists it), naming the result's code.
 */
@Component
public class ResultAudit {

    public static final String ISSUE = "results.issue";
    public static final String SUPERSEDE = "results.supersede";
    public static final String REVOKE = "results.revoke";
    public static final String READ = "results.read";

    private final AuditLedger ledger;

    ResultAudit(AuditLedger ledger) {
        this.ledger = ledger;
    }

    /** Records the action on the result by the actor, and returns once the ledger holds it. */
    public void record(Actor actor, String action, IssuedResult result, String origin) {
        List<AuditEntry> entries = result.holders().stream()
                .map(holder -> new AuditEntry(actor, action, "person", holder.value(), null, origin, Outcome.SUCCESS,
                        AuditNote.of("audit.note.result", result.code().value())))
                .toList();
        ledger.recordAll(entries);
    }
}
