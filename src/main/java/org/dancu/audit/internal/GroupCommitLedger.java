package org.dancu.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Group commit: callers put their entry in a bounded queue and wait; one writer thread takes
 * whatever has gathered (up to the batch limit), chains and commits it in one transaction and
 * then releases those callers. Under load the batches grow, so one commit serves many requests.
 *
 * <p>It starts before the web server and stops after it, so requests still being served can
 * record their entries; stopping refuses new entries and writes the queued ones first.
 */
final class GroupCommitLedger implements AuditLedger, SmartLifecycle {

    /** Below the web server's phases: started before it, stopped after it. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;
    private static final Logger log = LoggerFactory.getLogger(GroupCommitLedger.class);
    private static final long IDLE_POLL_MILLIS = 100;
    /** How often the writer forgets claims whose time is over. */
    private static final long CLAIM_SWEEP_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final ChainAppender appender;
    private final Runnable startupCheck;
    private final AuditProperties properties;
    private final BlockingQueue<Pending> queue;
    private final AnonymousRefusals refusals;
    private final Counter written;
    private final Counter failedBatches;
    private final DistributionSummary batchSize;
    private final Timer commitTime;
    private volatile boolean running;
    private Thread writer;
    private long nextClaimSweep = System.nanoTime();

    GroupCommitLedger(ChainAppender appender, Runnable startupCheck, AuditProperties properties,
                      MeterRegistry meters) {
        this.appender = appender;
        this.startupCheck = startupCheck;
        this.properties = properties;
        this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
        this.refusals = new AnonymousRefusals(properties.anonymousRefusalsPerWindow(), properties.refusalWindow());
        this.written = Counter.builder("dancu.audit.entries.written")
                .description("audit entries committed to the ledger").register(meters);
        this.failedBatches = Counter.builder("dancu.audit.batches.failed")
                .description("audit batches whose transaction failed; their callers' actions failed too")
                .register(meters);
        this.batchSize = DistributionSummary.builder("dancu.audit.batch.size")
                .description("entries committed together in one transaction").register(meters);
        this.commitTime = Timer.builder("dancu.audit.commit")
                .description("chaining and committing one batch, its disk flush included: what every audited action waits")
                .publishPercentiles(0.5, 0.99).register(meters);
        Gauge.builder("dancu.audit.queue.depth", queue, BlockingQueue::size)
                .description("audit entries waiting for the writer").register(meters);
    }

    @Override
    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    @Override
    public void recordAll(List<AuditEntry> entries) {
        Instant now = Instant.now();
        List<Pending> pending = entries.stream().map(EntryContent::of).filter(content -> refusals.admit(content, now))
                .map(Pending::new).toList();
        checkRunning();
        pending.forEach(this::enqueue);
        pending.forEach(this::await);
    }

    @Override
    public boolean recordOnce(AuditEntry entry, String key, Instant keepUntil) {
        Pending pending = new Pending(EntryContent.of(entry), new Claim(key, keepUntil), new CompletableFuture<>());
        checkRunning();
        enqueue(pending);
        return await(pending);
    }

    private void checkRunning() {
        if (!running) {
            throw new AuditUnavailableException("the audit ledger is not running");
        }
    }

    private void enqueue(Pending pending) {
        try {
            if (!queue.offer(pending, properties.enqueueTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AuditUnavailableException("the audit queue stayed full for " + properties.enqueueTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditUnavailableException("interrupted while waiting for room in the audit queue", e);
        }
        // the writer may have drained its last batch and left between the check above and the offer
        if (!running && queue.remove(pending)) {
            throw new AuditUnavailableException("the audit ledger is not running");
        }
    }

    /** True when the entry was written, false when its claim was taken. */
    private boolean await(Pending pending) {
        try {
            return pending.committed().get(properties.commitTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AuditUnavailableException("the audit entry was not committed", e.getCause());
        } catch (TimeoutException e) {
            throw new AuditUnavailableException("the audit entry was not committed within "
                    + properties.commitTimeout(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditUnavailableException("interrupted while waiting for the audit entry's commit", e);
        }
    }

    private void drain() {
        List<Pending> batch = new ArrayList<>(properties.maxBatchSize());
        try {
            while (running || !queue.isEmpty()) {
                Pending first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, properties.maxBatchSize() - 1);
                    write(batch);
                    batch.clear();
                }
                writeSummaries(refusals.closeEnded(Instant.now()));
                forgetEndedClaims();
            }
            writeSummaries(refusals.closeAll(Instant.now()));
        } catch (InterruptedException e) {
            AuditUnavailableException stopped = new AuditUnavailableException("the audit ledger was stopped");
            queue.forEach(p -> p.committed().completeExceptionally(stopped));
            queue.clear();
        }
    }

    /** Claims whose time is over, at most once a minute; each instance's writer does it, harmlessly twice. */
    private void forgetEndedClaims() {
        if (System.nanoTime() - nextClaimSweep < 0) {
            return;
        }
        nextClaimSweep = System.nanoTime() + CLAIM_SWEEP_NANOS;
        try {
            appender.forgetEndedClaims();
        } catch (RuntimeException e) {
            log.warn("Could not forget ended claims, retrying later: {}", e.getMessage());
        }
    }

    /** Summaries of counted refusals: nobody waits for them. */
    private void writeSummaries(List<EntryContent> summaries) {
        if (!summaries.isEmpty()) {
            write(summaries.stream().map(Pending::new).toList());
        }
    }

    /**
     * Commits the batch; when the database refuses an entry's content, the entries are retried one by one, so
     * one bad entry fails only its own caller's action.
     */
    private void write(List<Pending> batch) {
        try {
            commit(batch);
        } catch (ChainAppender.EntryRefusedException e) {
            if (batch.size() == 1) {
                fail(batch, e);
            } else {
                batch.forEach(this::writeAlone);
            }
        } catch (RuntimeException e) {
            fail(batch, e);
        }
    }

    private void writeAlone(Pending pending) {
        try {
            commit(List.of(pending));
        } catch (RuntimeException e) {
            fail(List.of(pending), e);
        }
    }

    private void commit(List<Pending> batch) {
        boolean[] appended = commitTime.record(() -> appender.append(batch.stream().map(Pending::content).toList(),
                batch.stream().map(Pending::claim).toList()));
        int count = 0;
        for (int i = 0; i < appended.length; i++) {
            count += appended[i] ? 1 : 0;
            batch.get(i).committed().complete(appended[i]);
        }
        written.increment(count);
        batchSize.record(count);
    }

    private void fail(List<Pending> batch, RuntimeException e) {
        failedBatches.increment();
        // the appender's message names only the SQLState: the database's own text may quote entry values
        log.error("Could not commit {} audit entries: {}; their actions fail", batch.size(), e.getMessage());
        batch.forEach(p -> p.committed().completeExceptionally(e));
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        startupCheck.run();
        running = true;
        writer = new Thread(this::drain, "audit-ledger-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        try {
            writer.join(properties.commitTimeout().toMillis());
            if (writer.isAlive()) {
                writer.interrupt();
                writer.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** An entry, the key it claims (null when none) and its caller's wait: true once written, false when the claim was taken. */
    private record Pending(EntryContent content, Claim claim, CompletableFuture<Boolean> committed) {

        Pending(EntryContent content) {
            this(content, null, new CompletableFuture<>());
        }
    }
}
