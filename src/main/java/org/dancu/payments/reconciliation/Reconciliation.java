package org.dancu.payments.reconciliation;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.payments.LineReturned;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.PaymentsBooked;
import org.dancu.payments.ReasonCode;
import org.dancu.payments.bank.BankMessage;
import org.dancu.payments.iso.IsoMessageType;
import org.dancu.payments.iso.IsoSchemaException;
import org.dancu.payments.iso.IsoValidator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives one message a bank sent back (pain.002, camt.054 or camt.053) and applies it to the lines, all
 * or nothing: checked against its schema, never applied twice (the bank's message id), its declared totals
 * equal to what it holds (pain.002: to the pain.001 it answers), amounts in whole dong, every answer about
 * a payment sent to that bank for that amount; then matched in bulk ({@link ReconciliationQuery}). Kept
 * whole in {@code payments.message}. Publishes {@link PaymentsBooked} per cycle, {@link LineReturned} per
 * returned line and {@link BankMessageReconciled}; a refusal changes nothing and is on the ledger.
 */
@Service
public class Reconciliation {

    static final String RECEIVE = "payments.recon.receive";

    private final IsoValidator validator;
    private final ReconciliationQuery query;
    private final BankMessages messages;
    private final AuditLedger ledger;
    private final ApplicationEventPublisher events;

    Reconciliation(IsoValidator validator, ReconciliationQuery query, BankMessages messages, AuditLedger ledger,
                   ApplicationEventPublisher events) {
        this.validator = validator;
        this.query = query;
        this.messages = messages;
        this.ledger = ledger;
        this.events = events;
    }

    /** What one message did. */
    public record Applied(long messageId, int accepted, int paid, int returned, int paidAfterDeath) {
    }

    /**
     * @throws PaymentRefusedException (the key says why) when the message is refused; nothing changed
     */
    @Transactional
    public Applied receive(String bankBin, BankMessage message) {
        Actor bank = Actor.system("bank:" + bankBin);
        try {
            Applied applied = apply(bankBin, message);
            ledger.record(new AuditEntry(bank, RECEIVE, "bank-message", String.valueOf(applied.messageId()), null, null,
                    Outcome.SUCCESS, AuditNote.of("audit.note.payments.recon.applied", message.type(), applied.accepted(),
                    applied.paid(), applied.returned())));
            return applied;
        } catch (PaymentRefusedException refused) {
            ledger.record(new AuditEntry(bank, RECEIVE, "bank-message", message.type() + "#" + message.sequence(), null,
                    null, Outcome.DENIED, AuditNote.of("audit.note.payments.recon.refused", message.type(),
                    AuditNote.label(refused.messageKey()))));
            throw refused;
        }
    }

    private Applied apply(String bankBin, BankMessage message) {
        IsoMessageType type = IsoMessageType.ofCode(message.type())
                .filter(t -> t != IsoMessageType.PAIN_001)
                .orElseThrow(() -> new PaymentRefusedException("payments.recon.refused.type", message.type()));
        try {
            validator.validate(type, message.content());
        } catch (IsoSchemaException e) {
            throw new PaymentRefusedException("payments.recon.refused.schema", type.version(), e.getMessage());
        }
        BankReports.Header[] read = new BankReports.Header[1];
        long staged = query.stage(answers -> read[0] = BankReports.read(type, new ByteArrayInputStream(message.content()),
                answers));
        BankReports.Header header = read[0];
        if (messages.received(bankBin, header.messageId)) {
            throw new PaymentRefusedException("payments.recon.refused.replay", header.messageId);
        }
        Long cycleId = null;
        if (type == IsoMessageType.PAIN_002) {
            BankMessages.Sent original = messages.sent(bankBin, header.originalMessageId)
                    .orElseThrow(() -> new PaymentRefusedException("payments.recon.refused.unknown-original",
                            String.valueOf(header.originalMessageId)));
            checkTotals(header.declaredCount, header.declaredSum, original.count(), original.sum());
            cycleId = original.cycleId();
            if ("RJCT".equals(header.groupStatus) && staged == 0) {
                query.stageWholeFile(original.id(), null);
            }
        } else {
            checkTotals(header.declaredCount, header.declaredSum, header.counted, header.countedSum);
        }
        query.firstMismatch(bankBin).ifPresent(mismatch -> {
            throw new PaymentRefusedException("payments.recon.refused." + mismatch.problem(),
                    String.valueOf(mismatch.endToEndId()), mismatch.count());
        });
        long id = messages.keep(bankBin, type, header.messageId, cycleId, message.content(), sha256(message.content()));
        int accepted = query.accept(id);
        int paid = query.book(id);
        int returned = query.returnLines(id);
        int afterDeath = query.paidAfterDeath(id);
        Set<Long> cycles = new LinkedHashSet<>();
        for (ReconciliationQuery.Booked booked : query.booked(id)) {
            cycles.add(booked.cycleId());
            events.publishEvent(new PaymentsBooked(booked.cycleId(), booked.lines(), Set.copyOf(booked.communes())));
        }
        for (ReconciliationQuery.Returned line : query.returned(id)) {
            cycles.add(line.cycleId());
            events.publishEvent(new LineReturned(line.lineId(), line.cycleId(), line.pin(),
                    ReasonCode.of(line.reason()).orElse(null)));
        }
        events.publishEvent(new BankMessageReconciled(id, bankBin, Set.copyOf(cycles)));
        return new Applied(id, accepted, paid, returned, afterDeath);
    }

    /** Totals the message declares must be those counted: a count and a sum in whole dong. */
    private static void checkTotals(Long declaredCount, BigDecimal declaredSum, long count, long sum) {
        if (declaredCount != null && declaredCount != count) {
            throw new PaymentRefusedException("payments.recon.refused.count", declaredCount, count);
        }
        if (declaredSum != null && declaredSum.compareTo(BigDecimal.valueOf(sum)) != 0) {
            throw new PaymentRefusedException("payments.recon.refused.sum", declaredSum.toPlainString(), sum);
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
