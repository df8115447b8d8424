package org.dancu.exchange.gateway;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.exchange.partners.Operation;
import org.springframework.stereotype.Component;

/** The gateway's ledger entries: partners as actors, persons by ID as objects, never attribute values. */
@Component
public class ExchangeAudit {

    public static final String PERSON = "person";

    private final AuditLedger ledger;
    private final UsageCounters usage;

    ExchangeAudit(AuditLedger ledger, UsageCounters usage) {
        this.ledger = ledger;
        this.usage = usage;
    }

    public static Actor partner(String code) {
        return new Actor(Actor.Kind.PARTNER, code);
    }

    /** A partner's request about one person (or none), counted for the usage page; waits for the commit. */
    public void partnerCall(PartnerRequest request, Operation operation, String pin, String purpose, Outcome outcome,
                            String detail) {
        write(request, operation, pin, purpose, outcome, "request " + request.requestId() + "; " + detail);
    }

    /**
     * A partner's request about a person, with a note the citizen reads in their language on the
     * "who used my data" page: the request, the end user and case, and what was compared, disclosed
     * or refused.
     *
     * @param what an {@link AuditNote} argument, typically a label or a list of labels
     */
    void personCall(PartnerRequest request, Operation operation, String pin, CallContext context, Outcome outcome,
                    String noteKey, String what) {
        write(request, operation, pin, context.purpose(), outcome, AuditNote.of(noteKey, request.requestId(),
                context.endUser(), context.caseRef(), what));
    }

    private void write(PartnerRequest request, Operation operation, String pin, String purpose, Outcome outcome,
                       String detail) {
        usage.count(request.partnerCode(), operation.name(), outcome.name());
        ledger.record(new AuditEntry(partner(request.partnerCode()), "exchange." + action(operation),
                pin == null ? null : PERSON, pin, purpose, request.origin(), outcome, detail));
    }

    /** A request refused before its sender was known to be a partner. */
    void refusedUnauthenticated(String claimedKeyId, String origin, ExchangeError error) {
        ledger.record(new AuditEntry(Actor.anonymous(claimedKeyId == null ? "" : "key " + claimedKeyId),
                "exchange.refused", null, null, null, origin, Outcome.DENIED, error.code()));
    }

    public void record(AuditEntry entry) {
        ledger.record(entry);
    }

    public void recordAll(java.util.List<AuditEntry> entries) {
        ledger.recordAll(entries);
    }

    private static String action(Operation operation) {
        return operation.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
