package org.dancu.payments.exceptions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.dancu.payments.Disposition;
import org.dancu.payments.PaymentExceptionResolved;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.PaymentStateException;

/**
 * A payment an officer must decide on: a line the bank rejected (pain.002) or returned (camt.054/053), or
 * a line paid after its person's death. Raised open by reconciliation and the life-event holds; resolved
 * once, through {@link #resolve}, with a disposition that fits its kind: a rejected or returned payment is
 * re-paid, paid in cash or cancelled (never re-paid to a person the bank reports dead); a payment after a
 * death is recovered or, with a reason, written off. Resolving registers {@link PaymentExceptionResolved},
 * which {@link PaymentExceptions#save} publishes with the change.
 */
public final class PaymentException {

    public enum Kind { RETURNED, REJECTED, PAID_AFTER_DEATH }

    public enum Status { OPEN, RESOLVED }

    /** The longest note an officer may give. */
    static final int MAX_NOTE = 500;

    private static final List<Disposition> FOR_A_RETURN = List.of(Disposition.REPAY, Disposition.CASH, Disposition.CANCEL);
    private static final List<Disposition> FOR_A_DEATH = List.of(Disposition.RECOVER, Disposition.CANCEL);
    /** The bank's reason for a payee who died. */
    private static final String DECEASED = "MD07";

    private final long id;
    private final long version;
    private final long lineId;
    private final Kind kind;
    private final String reasonCode;
    private final Instant raisedAt;
    private Status status;
    private Disposition disposition;
    private String note;
    private String resolvedBy;
    private Instant resolvedAt;
    private final List<Object> events = new ArrayList<>();

    PaymentException(long id, long version, long lineId, Kind kind, String reasonCode, Instant raisedAt, Status status,
                     Disposition disposition, String note, String resolvedBy, Instant resolvedAt) {
        this.id = id;
        this.version = version;
        this.lineId = lineId;
        this.kind = kind;
        this.reasonCode = reasonCode;
        this.raisedAt = raisedAt;
        this.status = status;
        this.disposition = disposition;
        this.note = note;
        this.resolvedBy = resolvedBy;
        this.resolvedAt = resolvedAt;
    }

    /**
     * Decides the open exception.
     *
     * @param note why, in the officer's words; required to cancel or write off a payment
     * @throws PaymentStateException   when it is already resolved
     * @throws PaymentRefusedException when the disposition does not fit the exception, or a cancellation has no reason
     */
    void resolve(Disposition chosen, String note, String by, Instant at) {
        if (status != Status.OPEN) {
            throw new PaymentStateException("payments.exception.refused.resolved", id);
        }
        if (chosen == null || !allowed().contains(chosen)) {
            throw new PaymentRefusedException("payments.exception.refused.disposition", id);
        }
        String reason = note == null ? "" : note.strip();
        if (chosen == Disposition.CANCEL && reason.isEmpty()) {
            throw new PaymentRefusedException("payments.exception.refused.note", id);
        }
        if (reason.length() > MAX_NOTE) {
            throw new PaymentRefusedException("payments.exception.refused.note-length", MAX_NOTE);
        }
        status = Status.RESOLVED;
        disposition = chosen;
        this.note = reason.isEmpty() ? null : reason;
        resolvedBy = by;
        resolvedAt = at;
        events.add(new PaymentExceptionResolved(id, lineId, chosen, by));
    }

    /** The dispositions this exception may take, in the order the page offers them. */
    public List<Disposition> allowed() {
        return allowed(kind, reasonCode);
    }

    /** The dispositions an exception of this kind and bank reason may take. */
    static List<Disposition> allowed(Kind kind, String reasonCode) {
        if (kind == Kind.PAID_AFTER_DEATH) {
            return FOR_A_DEATH;
        }
        return DECEASED.equals(reasonCode) ? List.of(Disposition.CANCEL) : FOR_A_RETURN;
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    void saved() {
        events.clear();
    }

    public long id() {
        return id;
    }

    long version() {
        return version;
    }

    public long lineId() {
        return lineId;
    }

    public Kind kind() {
        return kind;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Status status() {
        return status;
    }

    public Disposition disposition() {
        return disposition;
    }

    public String note() {
        return note;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }
}
