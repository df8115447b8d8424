package org.dancu.results.internal;

import java.util.List;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.dancu.results.IssuedResult;
import org.springframework.stereotype.Component;

/**
 * The ledger entries of the register: a result issued, superseded, revoked or read, one entry against
 * each holder's ID (so the holder's "who used my data" lists it) naming the result's code, and an
 * officer's search of a person's results.
 */
@Component
public class ResultAudit {

    public static final String ISSUE = "results.issue";
    public static final String SUPERSEDE = "results.supersede";
    public static final String REVOKE = "results.revoke";
    public static final String READ = "results.read";
    public static final String SEARCH = "results.search";

    private final AuditLedger ledger;

    ResultAudit(AuditLedger ledger) {
        this.ledger = ledger;
    }

    /** Records the action on the result by the actor, and returns once the ledger holds it. */
    public void record(Actor actor, String action, IssuedResult result, String origin) {
        ledger.recordAll(entries(actor, action, result, origin));
    }

    /** Records the issue of each result, by its officer, in one group on the ledger; returns once it holds them. */
    public void issued(List<IssuedResult> results) {
        ledger.recordAll(results.stream()
                .flatMap(result -> entries(Actor.staff(result.officer()), ISSUE, result, null).stream()).toList());
    }

    private static List<AuditEntry> entries(Actor actor, String action, IssuedResult result, String origin) {
        return result.holders().stream()
                .map(holder -> new AuditEntry(actor, action, "person", holder.value(), null, origin, Outcome.SUCCESS,
                        AuditNote.of("audit.note.result", result.code().value())))
                .toList();
    }

    /** Records an officer's look at the list of a person's results, before the list is shown. */
    public void searched(Actor actor, Pin holder, String origin) {
        ledger.record(new AuditEntry(actor, SEARCH, "person", holder.value(), null, origin, Outcome.SUCCESS, null));
    }
}
