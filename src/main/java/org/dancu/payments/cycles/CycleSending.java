package org.dancu.payments.cycles;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.jobs.JobContext;
import org.dancu.jobs.JobHandler;
import org.dancu.jobs.JobWords;
import org.dancu.payments.bank.Bank;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends an approved cycle on the job runner: its pain.001 files written and stored ({@link CycleFiles}),
 * each handed to its bank (on the audit ledger first, as the persons it names leave) and its lines marked
 * SENT, then the cycle marked sent. A job resumed after a
 * restart writes only the files not yet stored and sends every file again, which the banks answer as
 * the first time (the same message id is kept once).
 */
@Component
class CycleSending implements JobHandler {

    static final String KIND = "payments.cycle.send";

    private final Cycles cycles;
    private final CycleFiles files;
    private final PaymentFileQuery query;
    private final Bank bank;
    private final TransactionTemplate transactions;
    private final AuditLedger ledger;

    CycleSending(Cycles cycles, CycleFiles files, PaymentFileQuery query, Bank bank, TransactionTemplate transactions,
                 AuditLedger ledger) {
        this.cycles = cycles;
        this.files = files;
        this.query = query;
        this.bank = bank;
        this.transactions = transactions;
        this.ledger = ledger;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext context) {
        long id = Long.parseLong(context.reference());
        Cycle approved = cycles.findById(id).orElseThrow();
        approved.checkSendable();
        List<PaymentFileQuery.Stored> stored = files.write(approved);
        int done = 0;
        for (PaymentFileQuery.Stored file : stored) {
            context.progress(done, stored.size());
            // the persons of the file leave for their bank: the ledger holds it first (the file's lines name them)
            ledger.record(new AuditEntry(Actor.system(CycleSchedule.SYSTEM), "payments.cycle.file.send", "payment-file",
                    file.messageId(), null, null, Outcome.SUCCESS,
                    AuditNote.of("audit.note.payments.cycles.file", file.bankBin(), id)));
            bank.send(file.bankBin(), file.messageId(), query.content(file.id()));
            query.markSent(file.id());
            done++;
        }
        transactions.executeWithoutResult(status -> {
            Cycle cycle = cycles.findById(id).orElseThrow();
            cycle.markSent(stored.size(), Instant.now());
            cycles.save(cycle);
        });
        context.progress(done, stored.size());
    }

    @Override
    public Optional<JobWords> subject(String reference) {
        return cycles.findById(Long.parseLong(reference))
                .map(cycle -> JobWords.of("payments.cycles.job.subject", cycle.programme().value(), cycle.period()));
    }
}
