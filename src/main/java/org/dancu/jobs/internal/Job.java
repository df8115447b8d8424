package org.dancu.jobs.internal;

import java.time.Instant;
import java.util.Objects;

import org.dancu.jobs.JobFinished;
import org.dancu.jobs.JobState;
import org.dancu.jobs.JobStatus;
import org.dancu.jobs.JobVisibility;
import org.dancu.security.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A piece of long work as officers follow it. Each transition is a method that refuses the wrong
 * state; the end of a job registers {@link JobFinished}, published when the repository saves it.
 */
@Table(schema = "jobs", name = "job")
class Job extends AbstractAggregateRoot<Job> {

    @Id
    private Long id;
    @Version
    private Long version;
    private String kind;
    private String reference;
    private String startedBy;
    private String[] visibleRoles;
    private String localityCode;
    private String agencyCode;
    private JobState state;
    private boolean cancelRequested;
    private String cancelledBy;
    private long done;
    private Long total;
    private String progressKey;
    private String failureKey;
    private String failureReference;
    private int attempts;
    private Instant createdAt;
    private Instant startedAt;
    private Instant finishedAt;

    @PersistenceCreator
    private Job() {
    }

    static Job queue(String kind, String reference, String startedBy, JobVisibility visibility, Instant now) {
        Job job = new Job();
        job.kind = requireText(kind, "kind");
        job.reference = requireText(reference, "reference");
        job.startedBy = requireText(startedBy, "startedBy");
        job.visibleRoles = visibility.roles().stream().map(Role::name).sorted().toArray(String[]::new);
        job.localityCode = visibility.localityCode();
        job.agencyCode = visibility.agencyCode();
        job.state = JobState.QUEUED;
        job.createdAt = now;
        return job;
    }

    /** A runner takes the queued job up. */
    void start(Instant now) {
        require(JobState.QUEUED, "start");
        state = JobState.RUNNING;
        startedAt = now;
        attempts++;
    }

    /** A runner takes up again a job whose earlier run stopped unfinished (a stopped or killed server). */
    void resume() {
        require(JobState.RUNNING, "resume");
        attempts++;
    }

    void progress(long newDone, Long newTotal, String messageKey) {
        require(JobState.RUNNING, "record progress of");
        if (newDone < 0 || newTotal != null && newTotal < 0) {
            throw new IllegalArgumentException("progress cannot be negative");
        }
        done = newDone;
        total = newTotal;
        if (messageKey != null) {
            progressKey = messageKey;
        }
    }

    /**
     * Someone asks to cancel: a queued job ends at once, a running one at its next checkpoint.
     *
     * @return true when the job ended now
     */
    boolean requestCancel(String by, Instant now) {
        if (state == JobState.QUEUED) {
            cancelledBy = requireText(by, "by");
            finish(JobState.CANCELLED, now);
            return true;
        }
        require(JobState.RUNNING, "cancel");
        cancelRequested = true;
        cancelledBy = requireText(by, "by");
        return false;
    }

    /** The running job stopped at a checkpoint because cancel was asked for. */
    void confirmCancel(Instant now) {
        require(JobState.RUNNING, "confirm the cancel of");
        if (!cancelRequested) {
            throw new IllegalStateException("job " + id + " was not asked to cancel");
        }
        finish(JobState.CANCELLED, now);
    }

    void succeed(Instant now) {
        require(JobState.RUNNING, "succeed");
        if (total != null) {
            done = total;
        }
        finish(JobState.SUCCEEDED, now);
    }

    void fail(String messageKey, String reference, Instant now) {
        require(JobState.RUNNING, "fail");
        failureKey = requireText(messageKey, "messageKey");
        failureReference = requireText(reference, "reference");
        finish(JobState.FAILED, now);
    }

    private void finish(JobState outcome, Instant now) {
        state = outcome;
        finishedAt = now;
        registerEvent(new JobFinished(id, kind, this.reference, outcome));
    }

    private void require(JobState expected, String action) {
        if (state != expected) {
            throw new IllegalStateException("cannot " + action + " job " + id + ": it is " + state);
        }
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    Long id() {
        return id;
    }

    String kind() {
        return kind;
    }

    String reference() {
        return reference;
    }

    String startedBy() {
        return startedBy;
    }

    JobState state() {
        return state;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    int attempts() {
        return attempts;
    }

    JobStatus status() {
        return new JobStatus(Objects.requireNonNull(id, "a saved job"), kind, reference, startedBy, state, done, total,
                progressKey, failureKey, failureReference, cancelRequested, attempts, createdAt, startedAt, finishedAt);
    }
}
