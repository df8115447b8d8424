package org.dancu.exchange.gateway;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.exchange.partners.Operation;
import org.dancu.httpsig.Nonce;
import org.springframework.stereotype.Component;

/** The gateway's ledger entries: partners as actors, persons by ID as objects, never attribute values. */
@Component
public class ExchangeAudit {

    public static final String PERSON = "person";
    /** The prefix of a request's nonce among the ledger's claims (V44 writes the same for the release before). */
    static final String NONCE_CLAIM = "exchange.nonce ";

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

    /**
     * The first entry about a request claims its nonce in the entry's own commit, so an answer and the spending
     * of its nonce are one: on every instance, a second request with the nonce finds it claimed, and its
     * entry is the refusal of a replay instead.
     *
     * @throws ExchangeRefusal {@code replayed} when the nonce was claimed before; that refusal is then recorded
     */
    private void write(PartnerRequest request, Operation operation, String pin, String purpose, Outcome outcome,
                       String detail) {
        AuditEntry entry = new AuditEntry(partner(request.partnerCode()), "exchange." + action(operation),
                pin == null ? null : PERSON, pin, purpose, request.origin(), outcome, detail);
        Nonce nonce = request.nonce().take();
        if (nonce == null) {
            ledger.record(entry);
        } else if (!ledger.recordOnce(entry, NONCE_CLAIM + nonce.key(), nonce.keepUntil())) {
            // the replay's entry names neither the person nor the purpose, as a refused signature's does not
            partnerCall(request, operation, null, null, Outcome.DENIED, "refused: " + ExchangeError.REPLAYED.code());
            throw new ExchangeRefusal(ExchangeError.REPLAYED);
        }
        usage.count(request.partnerCode(), operation.name(), outcome.name());
    }

    /**
     * A request that ended without an entry of its own (an unexpected failure answered by the server's error
     * handling): recorded as failed, claiming its nonce like any answer does.
     */
    void unanswered(PartnerRequest request, Operation operation) {
        if (request.nonce().unspent()) {
            try {
                partnerCall(request, operation, null, null, Outcome.FAILED, "no answer");
            } catch (ExchangeRefusal replayed) {
                // a copy of the request was answered: its refusal is recorded, there is nothing more to say
            }
        }
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
