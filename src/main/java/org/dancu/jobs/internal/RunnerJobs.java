package org.dancu.jobs.internal;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.dancu.jobs.JobAlreadyActiveException;
import org.dancu.jobs.JobStatus;
import org.dancu.jobs.JobVisibility;
import org.dancu.jobs.Jobs;
import org.dancu.security.Role;
import org.dancu.security.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link Jobs} on db-scheduler: a job row and its execution are written in one transaction. */
@Service
class RunnerJobs implements Jobs {

    /** How often {@link #awaitEnd} reads the job again. */
    private static final long AWAIT_MILLIS = 250;

    private final JobRepository jobs;
    private final JobsQuery query;
    private final JobRunner runner;
    private final SchedulerClient queue;
    private final JobScheduler scheduler;

    RunnerJobs(JobRepository jobs, JobsQuery query, JobRunner runner, SchedulerClient queue,
               JobScheduler scheduler) {
        this.jobs = jobs;
        this.query = query;
        this.runner = runner;
        this.queue = queue;
        this.scheduler = scheduler;
    }

    /** A refusal of a second active job changes nothing, so it leaves the caller's transaction free to commit. */
    @Override
    @Transactional(noRollbackFor = JobAlreadyActiveException.class)
    public long submit(String kind, String reference, String startedBy, JobVisibility visibility) {
        if (!runner.runs(kind)) {
            throw new IllegalArgumentException("no handler runs jobs of kind " + kind);
        }
        // the unique index job_one_active guards the same against a concurrent submit
        if (jobs.anyActive(kind, reference)) {
            throw new JobAlreadyActiveException(kind, reference);
        }
        Job job = jobs.save(Job.queue(kind, reference, startedBy, visibility, Instant.now()));
        queue.schedule(new TaskInstance<Void>(JobRunner.taskName(kind), String.valueOf(job.id())), Instant.now());
        // this server looks for it as soon as it is committed, not at its next poll
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                scheduler.wake();
            }
        });
        return job.id();
    }

    @Override
    public void cancel(long jobId, StaffPrincipal by) {
        runner.change(jobId, job -> {
            if (!job.startedBy().equals(by.getUsername()) && by.getRole() != Role.ADMINISTRATOR) {
                throw new AccessDeniedException("only the starter or an administrator cancels a job");
            }
            job.requestCancel(by.getUsername(), Instant.now());
        });
    }

    @Override
    public Optional<JobStatus> find(long jobId) {
        return jobs.findById(jobId).map(Job::status);
    }

    @Override
    public JobStatus awaitEnd(long jobId, Consumer<JobStatus> progress) throws InterruptedException {
        long reported = -1;
        while (true) {
            JobStatus job = find(jobId).orElseThrow(() -> new NoSuchElementException("no job " + jobId));
            if (job.state().finished()) {
                return job;
            }
            if (job.done() != reported) {
                reported = job.done();
                progress.accept(job);
            }
            Thread.sleep(AWAIT_MILLIS);
        }
    }

    @Override
    public Optional<JobStatus> latest(String kind, String reference) {
        return jobs.latest(kind, reference).map(Job::status);
    }

    @Override
    public boolean active(String kind) {
        return jobs.anyActive(kind);
    }

    @Override
    public List<JobStatus> visibleTo(StaffPrincipal officer, int limit) {
        return query.visibleTo(officer, limit);
    }
}
