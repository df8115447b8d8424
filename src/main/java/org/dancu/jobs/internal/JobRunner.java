package org.dancu.jobs.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.kagkarlsson.scheduler.SchedulerState;
import org.dancu.jobs.JobCancelledException;
import org.dancu.jobs.JobContext;
import org.dancu.jobs.JobHandler;
import org.dancu.jobs.JobState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one job when db-scheduler hands over its execution: takes the job up (or up again after a dead
 * server), calls its kind's handler, and stores how it ended. A server that is stopping hands the
 * execution back at the job's next checkpoint, and the job stays RUNNING for the next server to resume.
 */
@Component
class JobRunner {

    /** What a kind's db-scheduler task is named before its kind. */
    private static final String TASK_PREFIX = "job:";

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    /** Thrown at a checkpoint while the server stops: the execution goes back to the table. */
    static final class ServerStopping extends RuntimeException {
        ServerStopping(long jobId) {
            super("job " + jobId + " handed back: the server is stopping");
        }
    }

    private record Taken(String kind, String reference, String startedBy, boolean resumed) {
    }

    private final JobRepository jobs;
    private final ObjectProvider<JobHandler> handlerBeans;
    private final TransactionTemplate transactions;
    private volatile Map<String, JobHandler> handlers;

    /** The handlers are looked up on first use: most of them submit jobs themselves, through {@link RunnerJobs}. */
    JobRunner(JobRepository jobs, ObjectProvider<JobHandler> handlers, TransactionTemplate transactions) {
        this.jobs = jobs;
        this.handlerBeans = handlers;
        this.transactions = transactions;
    }

    /**
     * The db-scheduler task a job of this kind runs as (an execution's instance id is the job's id). A
     * server knows the tasks of the kinds it has handlers for only, so it never takes a job it cannot run:
     * during a rolling upgrade a new kind's jobs wait for a server that runs it.
     */
    static String taskName(String kind) {
        return TASK_PREFIX + kind;
    }

    /** The kinds this server runs. */
    Set<String> kinds() {
        return handlers().keySet();
    }

    private Map<String, JobHandler> handlers() {
        if (handlers == null) {
            handlers = handlerBeans.orderedStream()
                    .collect(Collectors.toUnmodifiableMap(JobHandler::kind, Function.identity()));
        }
        return handlers;
    }

    private JobHandler handler(String kind) {
        return handlers().get(kind);
    }

    boolean runs(String kind) {
        return handler(kind) != null;
    }

    void run(long jobId, SchedulerState scheduler) {
        Taken taken = transactions.execute(status -> jobs.findByIdForUpdate(jobId)
                .filter(job -> !job.state().finished())
                .map(job -> {
                    boolean resumed = job.state() == JobState.RUNNING;
                    if (resumed) {
                        job.resume();
                    } else {
                        job.start(Instant.now());
                    }
                    jobs.save(job);
                    return new Taken(job.kind(), job.reference(), job.startedBy(), resumed);
                })
                .orElse(null));
        if (taken == null) {
            return;
        }
        // this server's scheduler knows the tasks of its own kinds only, so the job's kind has a handler here
        JobHandler handler = handler(taken.kind());
        try {
            if (taken.resumed()) {
                LOG.info("job {} ({}) taken up again after its server stopped", jobId, taken.kind());
            }
            handler.run(new Checkpoints(jobId, taken, scheduler));
            change(jobId, job -> job.succeed(Instant.now()));
        } catch (JobCancelledException e) {
            change(jobId, job -> job.confirmCancel(Instant.now()));
        } catch (ServerStopping e) {
            throw e;
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
            LOG.error("job {} ({}) failed (reference {}): {}", jobId, taken.kind(), reference,
                    FailureCause.describe(e));
            String key = handler.failureKey(e);
            change(jobId, job -> job.fail(key, reference, Instant.now()));
        }
    }

    /** Loads the job locked, changes it and saves it, so what it registered is published on commit. */
    void change(long jobId, Consumer<Job> change) {
        transactions.executeWithoutResult(status -> {
            Job job = jobs.findByIdForUpdate(jobId).orElseThrow();
            change.accept(job);
            jobs.save(job);
        });
    }

    /** The handler's view of its job; each progress report is a checkpoint. */
    private final class Checkpoints implements JobContext {

        private final long jobId;
        private final Taken taken;
        private final SchedulerState scheduler;

        Checkpoints(long jobId, Taken taken, SchedulerState scheduler) {
            this.jobId = jobId;
            this.taken = taken;
            this.scheduler = scheduler;
        }

        @Override
        public long jobId() {
            return jobId;
        }

        @Override
        public String reference() {
            return taken.reference();
        }

        @Override
        public String startedBy() {
            return taken.startedBy();
        }

        @Override
        public boolean resumed() {
            return taken.resumed();
        }

        @Override
        public void progress(long done, long total) {
            progress(done, total, null);
        }

        @Override
        public void progress(long done, long total, String messageKey) {
            boolean[] cancel = new boolean[1];
            change(jobId, job -> {
                job.progress(done, total, messageKey);
                cancel[0] = job.cancelRequested();
            });
            if (cancel[0]) {
                throw new JobCancelledException(jobId);
            }
            if (scheduler.isShuttingDown()) {
                throw new ServerStopping(jobId);
            }
        }
    }
}
