package org.dancu.exchange.internal;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.springframework.stereotype.Component;

/** The gateway's ledger entries: partners as actors, persons by ID as objects, never attribute values. */
@Component
class ExchangeAudit {

    static final String PERSON = "person";

    private final AuditLedger ledger;
    private final UsageCounters usage;

    ExchangeAudit(AuditLedger ledger, UsageCounters usage) {
        this.ledger = ledger;
        this.usage = usage;
    }

    static Actor partner(String code) {
        return new Actor(Actor.Kind.PARTNER, code);
    }

    /** A partner's request about one person (or none), counted for the usage page; waits for the commit. */
    void partnerCall(PartnerRequest request, Operation operation, String pin, String purpose, Outcome outcome,
                     String detail) {
        usage.count(request.partnerCode(), operation.name(), outcome.name());
        ledger.record(new AuditEntry(partner(request.partnerCode()), "exchange." + action(operation),
                pin == null ? null : PERSON, pin, purpose, request.origin(), outcome,
                "request " + request.requestId() + "; " + detail));
    }

    /** A request refused before its sender was known to be a partner. */
    void refusedUnauthenticated(String claimedKeyId, String origin, ExchangeError error) {
        ledger.record(new AuditEntry(Actor.anonymous(claimedKeyId == null ? "" : "key " + claimedKeyId),
                "exchange.refused", null, null, null, origin, Outcome.DENIED, error.code()));
    }

    void record(AuditEntry entry) {
        ledger.record(entry);
    }

    void recordAll(java.util.List<AuditEntry> entries) {
        ledger.recordAll(entries);
    }

    private static String action(Operation operation) {
        return operation.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
