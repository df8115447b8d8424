package org.dancu.payments.cycles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Consumer;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.jobs.JobVisibility;
import org.dancu.jobs.Jobs;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.Programme;
import org.dancu.payments.ProgrammeCode;
import org.dancu.payments.Programmes;
import org.dancu.security.Role;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What officers and the schedule decide about cycles: open one, lock its list after the cut-off, prepare
 * it (the maker), approve it (the checker), send it. The cycle itself says which moves are allowed ({@link Cycle});
 * every decision, and every refusal, is on the audit ledger against the cycle.
 */
@Service
public class CycleDecisions {

    static final String OBJECT_TYPE = "payment-cycle";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Cycles cycles;
    private final CycleLines lines;
    private final Programmes programmes;
    private final AuditLedger ledger;
    /** Lazy: the job runner collects the nightly schedule, which decides through this service. */
    private final Jobs jobs;
    private final Clock clock;

    CycleDecisions(Cycles cycles, CycleLines lines, Programmes programmes, AuditLedger ledger,
                   @Lazy Jobs jobs) {
        this.cycles = cycles;
        this.lines = lines;
        this.programmes = programmes;
        this.ledger = ledger;
        this.jobs = jobs;
        this.clock = Clock.system(VIETNAM);
    }

    /**
     * Opens the programme's cycle of the payment in that month.
     *
     * @throws PaymentRefusedException when the programme is unknown or not in force then, does not pay in
     *                                 that month, or the cycle exists
     */
    @Transactional
    public Cycle open(ProgrammeCode code, YearMonth month) {
        Programme programme = programmes.find(code, month.atEndOfMonth())
                .orElseThrow(() -> new PaymentRefusedException("payments.cycles.error.programme", code.value()));
        CyclePeriod period = CyclePeriod.of(programme, month);
        if (cycles.find(code, period.code()).isPresent()) {
            throw new PaymentRefusedException("payments.cycles.error.exists", period.code());
        }
        return cycles.add(Cycle.open(code, period));
    }

    /** Fixes the cycle's list once its cut-off has passed. */
    @Transactional
    public void lock(long id, Actor actor) {
        decide(id, actor, "lock", cycle -> cycle.lock(today()));
    }

    /** The maker builds the cycle's lines from the list and counts its control totals. */
    @Transactional
    public void prepare(long id, String maker) {
        decide(id, Actor.staff(maker), "prepare", cycle -> {
            Programme programme = programmes.find(cycle.programme(), cycle.paysOn())
                    .orElseThrow(() -> new PaymentRefusedException("payments.cycles.error.programme",
                            cycle.programme().value()));
            cycle.prepare(maker, () -> {
                lines.clear(cycle.id());
                lines.build(cycle, programme);
                return lines.totals(cycle.id());
            }, clock.instant());
        });
    }

    /** The checker approves the prepared cycle once its totals are counted again and agree. */
    @Transactional
    public void approve(long id, String checker) {
        decide(id, Actor.staff(checker), "approve",
                cycle -> cycle.approve(checker, lines.totals(cycle.id()), clock.instant()));
    }

    /**
     * Sends the approved cycle: its files are written, checked and handed to the banks on the job runner
     * ({@link CycleSending}); returns the job's id.
     */
    @Transactional
    public long send(long id, String officer) {
        Cycle cycle = cycles.findById(id)
                .orElseThrow(() -> new PaymentRefusedException("payments.cycles.error.not-found"));
        decide(id, Actor.staff(officer), "send", Cycle::checkSendable);
        String agency = programmes.find(cycle.programme(), cycle.paysOn()).map(Programme::payingAgency).orElse(null);
        return jobs.submit(CycleSending.KIND, String.valueOf(id), officer,
                new JobVisibility(Set.of(Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER), null, agency));
    }

    private void decide(long id, Actor actor, String action, Consumer<Cycle> move) {
        Cycle cycle = cycles.findById(id)
                .orElseThrow(() -> new PaymentRefusedException("payments.cycles.error.not-found"));
        try {
            move.accept(cycle);
        } catch (PaymentRefusedException refused) {
            audit(actor, action, id, Outcome.DENIED,
                    AuditNote.of("audit.note.payments.cycles.refused", AuditNote.label(refused.messageKey())));
            throw refused;
        }
        cycles.save(cycle);
        audit(actor, action, id, Outcome.SUCCESS, null);
    }

    private void audit(Actor actor, String action, long id, Outcome outcome, String note) {
        ledger.record(new AuditEntry(actor, "payments.cycle." + action, OBJECT_TYPE, String.valueOf(id), null, null,
                outcome, note));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
