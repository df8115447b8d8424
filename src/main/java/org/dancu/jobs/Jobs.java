package org.dancu.jobs;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.dancu.security.StaffPrincipal;

/** Starts long work on the runner and answers where it stands. */
public interface Jobs {

    /**
     * Queues a job for the handler of {@code kind}; it runs on one of the runner's threads, on
     * whichever server takes it first, once the caller's transaction (if any) commits.
     *
     * @param reference  what the job works on (a dataset id, a run id), never personal data
     * @param startedBy  the officer's username, or the system actor's name
     * @return the job's id
     * @throws JobAlreadyActiveException when a job of this kind on this reference is queued or running
     * @throws IllegalArgumentException  when no handler runs {@code kind}
     */
    long submit(String kind, String reference, String startedBy, JobVisibility visibility);

    /**
     * Cancels a queued job at once, and a running one at its next checkpoint.
     *
     * @throws org.springframework.security.access.AccessDeniedException when {@code by} neither started
     *         the job nor is an administrator
     * @throws IllegalStateException when the job has finished
     * @throws java.util.NoSuchElementException when there is no such job
     */
    void cancel(long jobId, StaffPrincipal by);

    Optional<JobStatus> find(long jobId);

    /**
     * Waits until the job has ended, for a command line that runs long work on the runner and reports it as it
     * goes: {@code progress} gets the job's status each time its progress changed.
     *
     * @return the job as it ended
     * @throws java.util.NoSuchElementException when there is no such job
     * @throws InterruptedException             when the waiting thread is interrupted; the job goes on
     */
    JobStatus awaitEnd(long jobId, Consumer<JobStatus> progress) throws InterruptedException;

    /** The latest job of a kind on a reference, such as a dataset's last evaluation. */
    Optional<JobStatus> latest(String kind, String reference);

    /** Is a job of this kind queued or running, on any reference? */
    boolean active(String kind);

    /** The latest jobs the officer may see, newest first: their own, those their role and scope reach, all for an administrator. */
    List<JobStatus> visibleTo(StaffPrincipal officer, int limit);
}
