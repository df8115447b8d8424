package org.dancu.payments.cycles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.dancu.payments.CycleApproved;
import org.dancu.payments.CycleSent;
import org.dancu.payments.CycleSettled;
import org.dancu.payments.CycleStatus;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.PaymentStateException;
import org.dancu.payments.ProgrammeCode;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One programme's payments for one period, as an envelope with its control totals. Its status moves only
 * through its own methods: the list is locked once the cut-off has passed, a maker prepares it (its lines
 * are built and counted), a different checker approves it after the totals are counted again, its files
 * go to the banks, and it is settled. A move from the wrong state throws {@link PaymentStateException} and
 * changes nothing; approving, sending and settling register a past-tense event that {@link Cycles#save}
 * publishes with the change.
 */
public final class Cycle {

    private final Long id;
    private final long version;
    private final ProgrammeCode programme;
    private final String period;
    private final LocalDate paysOn;
    private final LocalDate cutOff;
    private CycleStatus status;
    private CycleTotals totals;
    private String preparedBy;
    private Instant preparedAt;
    private String approvedBy;
    private Instant approvedAt;
    private Instant sentAt;
    private Instant settledAt;
    private final List<Object> events = new ArrayList<>();

    /** A cycle as stored (or, with a null id, not yet). */
    Cycle(Long id, long version, ProgrammeCode programme, String period, LocalDate paysOn, LocalDate cutOff,
          CycleStatus status, CycleTotals totals, String preparedBy, Instant preparedAt, String approvedBy,
          Instant approvedAt, Instant sentAt, Instant settledAt) {
        this.id = id;
        this.version = version;
        this.programme = programme;
        this.period = period;
        this.paysOn = paysOn;
        this.cutOff = cutOff;
        this.status = status;
        this.totals = totals;
        this.preparedBy = preparedBy;
        this.preparedAt = preparedAt;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.sentAt = sentAt;
        this.settledAt = settledAt;
    }

    /** A new cycle whose list is open until the cut-off. */
    static Cycle open(ProgrammeCode programme, CyclePeriod period) {
        return new Cycle(null, 0, programme, period.code(), period.paysOn(), period.cutOff(), CycleStatus.OPEN, null,
                null, null, null, null, null, null);
    }

    /** The list is fixed: only once its cut-off day has passed. */
    void lock(LocalDate today) {
        require(CycleStatus.OPEN, CycleStatus.LOCKED);
        if (!today.isAfter(cutOff)) {
            throw new PaymentStateException("payments.cycles.error.before-cut-off", CyclePeriod.DATE.format(cutOff));
        }
        status = CycleStatus.LOCKED;
    }

    /**
     * A maker prepares the locked cycle: {@code build} builds its lines and counts them. A prepared cycle
     * not yet approved may be prepared again (its lines rebuilt), for instance after a death held a line.
     */
    void prepare(String maker, Supplier<CycleTotals> build, Instant at) {
        if (status != CycleStatus.LOCKED && status != CycleStatus.PREPARED) {
            throw stateError(CycleStatus.PREPARED);
        }
        totals = build.get();
        status = CycleStatus.PREPARED;
        preparedBy = maker;
        preparedAt = at;
    }

    /**
     * A checker approves the prepared cycle: never the maker who prepared it, and only when the lines,
     * counted again now, still give the totals the maker saw.
     */
    void approve(String checker, CycleTotals recounted, Instant at) {
        require(CycleStatus.PREPARED, CycleStatus.APPROVED);
        if (checker.equals(preparedBy)) {
            throw new PaymentRefusedException("payments.cycles.error.own-cycle");
        }
        if (!recounted.equals(totals)) {
            throw new PaymentRefusedException("payments.cycles.error.totals", totals.lineCount(),
                    totals.controlSum().dong(), recounted.lineCount(), recounted.controlSum().dong());
        }
        status = CycleStatus.APPROVED;
        approvedBy = checker;
        approvedAt = at;
        events.add(new CycleApproved(id, programme, period, totals.lineCount(), totals.controlSum(), checker));
    }

    /** Whether the cycle may be sent: only once approved. */
    void checkSendable() {
        require(CycleStatus.APPROVED, CycleStatus.SENT);
    }

    /** The approved cycle's pain.001 files reached their banks. */
    void markSent(int files, Instant at) {
        require(CycleStatus.APPROVED, CycleStatus.SENT);
        status = CycleStatus.SENT;
        sentAt = at;
        events.add(new CycleSent(id, programme, period, files));
    }

    /**
     * Every line is paid or has a disposition and the totals agree (the caller checks both): the cycle is
     * closed.
     */
    public void settle(Set<String> communeCodes, Instant at) {
        require(CycleStatus.SENT, CycleStatus.SETTLED);
        status = CycleStatus.SETTLED;
        settledAt = at;
        events.add(new CycleSettled(id, programme, period, Set.copyOf(communeCodes)));
    }

    private void require(CycleStatus from, CycleStatus to) {
        if (status != from) {
            throw stateError(to);
        }
    }

    private PaymentStateException stateError(CycleStatus to) {
        return new PaymentStateException("payments.cycles.error.state",
                new DefaultMessageSourceResolvable("payments.cycle.status." + status),
                new DefaultMessageSourceResolvable("payments.cycle.status." + to));
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    void clearEvents() {
        events.clear();
    }

    public Long id() {
        return id;
    }

    long version() {
        return version;
    }

    public ProgrammeCode programme() {
        return programme;
    }

    public String period() {
        return period;
    }

    public LocalDate paysOn() {
        return paysOn;
    }

    public LocalDate cutOff() {
        return cutOff;
    }

    public CycleStatus status() {
        return status;
    }

    /** The control totals the maker prepared; null before. */
    public CycleTotals totals() {
        return totals;
    }

    public String preparedBy() {
        return preparedBy;
    }

    Instant preparedAt() {
        return preparedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    Instant approvedAt() {
        return approvedAt;
    }

    Instant sentAt() {
        return sentAt;
    }

    Instant settledAt() {
        return settledAt;
    }
}
