package org.dancu.payments.exceptions;

import java.time.Instant;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.payments.Disposition;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.security.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer's decision on an exception within their scope: the exception resolved, its line moved, both
 * in one transaction, and the decision (or its refusal) on the ledger against the person paid. The ledger
 * commits on its own, so a refusal rolls the change back and stays recorded.
 */
@Service
class ExceptionDecisions {

    static final String RESOLVE = "payments.exception.resolve";

    private final ExceptionQueueQuery queue;
    private final PaymentExceptions exceptions;
    private final LineDispositions lines;
    private final AuditLedger ledger;

    ExceptionDecisions(ExceptionQueueQuery queue, PaymentExceptions exceptions, LineDispositions lines,
                       AuditLedger ledger) {
        this.queue = queue;
        this.exceptions = exceptions;
        this.lines = lines;
        this.ledger = ledger;
    }

    /**
     * Resolves the exception with the disposition.
     *
     * @throws PaymentRefusedException when the officer does not see it, it is resolved already, or the
     *                                 disposition does not fit; nothing changed
     */
    @Transactional
    public void resolve(Scope scope, long id, Disposition disposition, String note, Actor officer, String origin) {
        ExceptionQueueQuery.QueueRow row = queue.find(scope, id).orElse(null);
        if (row == null) {
            ledger.record(new AuditEntry(officer, RESOLVE, "payment-exception", String.valueOf(id), null, origin,
                    Outcome.DENIED, AuditNote.of("audit.note.payments.exception.refused", id,
                    AuditNote.label("payments.exception.refused.not-found"))));
            throw new PaymentRefusedException("payments.exception.refused.not-found", id);
        }
        PaymentException exception = exceptions.findById(id).orElseThrow();
        try {
            exception.resolve(disposition, note, officer.id(), Instant.now());
            lines.apply(exception);
            exceptions.save(exception);
        } catch (PaymentRefusedException refused) {
            ledger.record(new AuditEntry(officer, RESOLVE, "person", row.pin(), null, origin, Outcome.DENIED,
                    AuditNote.of("audit.note.payments.exception.refused", id, AuditNote.label(refused.messageKey()))));
            throw refused;
        }
        ledger.record(new AuditEntry(officer, RESOLVE, "person", row.pin(), null, origin, Outcome.SUCCESS,
                AuditNote.of("audit.note.payments.exception.resolved", id,
                        AuditNote.label("payments.disposition." + disposition.name()))));
    }
}
