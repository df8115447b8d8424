package org.dancu.payments.reconciliation;

import java.time.Instant;
import java.util.HashSet;

import org.dancu.payments.CycleSettled;
import org.dancu.payments.PaymentExceptionResolved;
import org.dancu.payments.PaymentsBooked;
import org.dancu.payments.cycles.Cycle;
import org.dancu.payments.cycles.Cycles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Closes a sent cycle once every line is paid or has a disposition and the totals agree
 * ({@link SettlementQuery}), weighed again whenever something could complete it: a bank's message applied,
 * lines paid (by a bank or in cash), an officer's decision on an exception. The cycle's own
 * {@link Cycle#settle} guards the move and registers {@link CycleSettled}. Delivered through the event
 * outbox, so a failure here is retried.
 */
@Component
class Settlement {

    private static final Logger LOG = LoggerFactory.getLogger(Settlement.class);

    private final SettlementQuery query;
    private final Cycles cycles;

    Settlement(SettlementQuery query, Cycles cycles) {
        this.query = query;
        this.cycles = cycles;
    }

    @ApplicationModuleListener
    void on(BankMessageReconciled event) {
        event.cycleIds().forEach(this::weigh);
    }

    @ApplicationModuleListener
    void on(PaymentsBooked event) {
        weigh(event.cycleId());
    }

    @ApplicationModuleListener
    void on(PaymentExceptionResolved event) {
        weigh(query.cycleOf(event.lineId()));
    }

    void weigh(long cycleId) {
        query.standing(cycleId).filter(SettlementQuery.Standing::settles).ifPresent(standing -> {
            Cycle cycle = cycles.findById(cycleId).orElseThrow();
            cycle.settle(new HashSet<>(query.close(cycleId)), Instant.now());
            cycles.save(cycle);
            LOG.info("cycle {} settled: {} lines, {} VND", cycleId, standing.accountedCount(), standing.accountedSum());
        });
    }
}
