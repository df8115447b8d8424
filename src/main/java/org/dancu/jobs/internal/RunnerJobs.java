package org.dancu.jobs.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.dancu.jobs.JobAlreadyActiveException;
import org.dancu.jobs.JobStatus;
import org.dancu.jobs.JobVisibility;
import org.dancu.jobs.Jobs;
import org.dancu.security.Role;
import org.dancu.security.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Jobs} on db-scheduler: a job row and its execution are written in one transaction. */
@Service
class RunnerJobs implements Jobs {

    private final JobRepository jobs;
    private final JobsQuery query;
    private final JobRunner runner;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;

    RunnerJobs(JobRepository jobs, JobsQuery query, JobRunner runner, SchedulerClient scheduler,
               OneTimeTask<Void> task) {
        this.jobs = jobs;
        this.query = query;
        this.runner = runner;
        this.scheduler = scheduler;
        this.task = task;
    }

    @Override
    @Transactional
    public long submit(String kind, String reference, String startedBy, JobVisibility visibility) {
        if (!runner.runs(kind)) {
            throw new IllegalArgumentException("no handler runs jobs of kind " + kind);
        }
        // the unique index job_one_active guards the same against a concurrent submit
        if (jobs.anyActive(kind, reference)) {
            throw new JobAlreadyActiveException(kind, reference);
        }
        Job job = jobs.save(Job.queue(kind, reference, startedBy, visibility, Instant.now()));
        scheduler.schedule(task.instance(String.valueOf(job.id())), Instant.now());
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
