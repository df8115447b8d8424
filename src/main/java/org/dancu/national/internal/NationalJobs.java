package org.dancu.national.internal;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.dancu.locality.Localities;
import org.dancu.national.FeedStatus;
import org.dancu.national.NationalDatabase;
import org.dancu.national.NationalReconciliation;
import org.dancu.national.ReconciliationRun;
import org.dancu.register.LifeEvents;
import org.dancu.register.RegisteredPersons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs the reconciliation and the change feed, at most one reconciliation at a time in this process. */
@Service
class NationalJobs implements NationalReconciliation {

    private static final Logger LOG = LoggerFactory.getLogger(NationalJobs.class);

    private final NationalDatabase national;
    private final Reconciler reconciler;
    private final FeedApplier feedApplier;
    private final ReconciliationRuns runs;
    private final FeedStore feed;
    private final AtomicBoolean reconciling = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "national-reconciliation");
        thread.setDaemon(true);
        return thread;
    });

    NationalJobs(ObjectProvider<NationalDatabase> connector, RegisteredPersons register, LifeEvents lifeEvents,
                 ReconciliationRuns runs, PersonChecks checks, FeedStore feed, TransactionTemplate transactions,
                 Localities localities, NationalProperties properties) {
        this.national = connector.getIfAvailable();
        this.reconciler = new Reconciler(national, register, runs, checks, transactions, properties.batchSize());
        this.feedApplier = new FeedApplier(national, register, lifeEvents, feed, localities.deploymentProvince().code());
        this.runs = runs;
        this.feed = feed;
    }

    @Override
    public boolean configured() {
        return national != null;
    }

    @Override
    public ReconciliationRun reconcile(String startedBy, Consumer<ReconciliationRun> progress) {
        requireConfigured();
        if (!reconciling.compareAndSet(false, true)) {
            throw new IllegalStateException("a reconciliation is already running");
        }
        try {
            return reconciler.run(startedBy, progress);
        } finally {
            reconciling.set(false);
        }
    }

    @Override
    public boolean startInBackground(String startedBy) {
        requireConfigured();
        if (reconciling.get()) {
            return false;
        }
        background.execute(() -> {
            try {
                reconcile(startedBy, run -> { });
            } catch (RuntimeException e) {
                // the run keeps its cursor; the next scheduled poll or a new start resumes it
                LOG.warn("reconciliation stopped, it resumes on the next start: {}", e.getMessage());
            }
        });
        return true;
    }

    @Override
    public FeedStatus applyChanges() {
        requireConfigured();
        return feedApplier.applyAll();
    }

    @Override
    public Optional<ReconciliationRun> latestRun() {
        return runs.latest();
    }

    @Override
    public FeedStatus feed() {
        return feed.status();
    }

    /** Is a reconciliation interrupted earlier (a failure, a restart) waiting to be resumed, and nothing running here? */
    boolean interruptedRunWaiting() {
        return !reconciling.get() && runs.open().isPresent();
    }

    private void requireConfigured() {
        if (national == null) {
            throw new IllegalStateException("no national database is configured (dancu.national.base-url)");
        }
    }
}
