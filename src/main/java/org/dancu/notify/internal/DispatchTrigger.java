package org.dancu.notify.internal;

import org.dancu.jobs.JobAlreadyActiveException;
import org.dancu.jobs.JobFinished;
import org.dancu.jobs.JobState;
import org.dancu.jobs.JobVisibility;
import org.dancu.jobs.Jobs;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the dispatcher on the job runner when there is something to send and it is not running:
 * after a message commits, at start-up, and when a dispatch job has succeeded (a message committed while
 * it was ending would otherwise wait for the next one).
 */
@Component
class DispatchTrigger {

    static final String STARTED_BY = "system.notify";
    static final String REFERENCE = "outbox";

    private final Jobs jobs;
    private final OutboxQuery query;
    private final TransactionTemplate ownTransaction;

    DispatchTrigger(Jobs jobs, OutboxQuery query, PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.query = query;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Wakes the dispatcher once the current transaction commits (at once without one); once per
     * transaction, however many messages it queues.
     */
    void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(DispatchTrigger.this);
            }

            @Override
            public void afterCommit() {
                wake();
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        wakeIfUnfinished();
    }

    /**
     * Only after a dispatcher that succeeded: one that failed would fail again at once on the same cause;
     * the next message or the next start wakes it then.
     */
    @ApplicationModuleListener
    void on(JobFinished finished) {
        if (DispatchJob.KIND.equals(finished.kind()) && finished.outcome() == JobState.SUCCEEDED) {
            wakeIfUnfinished();
        }
    }

    private void wakeIfUnfinished() {
        if (query.unfinished() > 0) {
            wake();
        }
    }

    private void wake() {
        try {
            ownTransaction.executeWithoutResult(status -> {
                if (!jobs.active(DispatchJob.KIND)) {
                    jobs.submit(DispatchJob.KIND, REFERENCE, STARTED_BY, JobVisibility.starterOnly());
                }
            });
        } catch (JobAlreadyActiveException | DataIntegrityViolationException e) {
            // another transaction queued it in between: that dispatcher sends this message too
        }
    }
}
