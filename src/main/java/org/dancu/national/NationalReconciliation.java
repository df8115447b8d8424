package org.dancu.national;

import java.util.Optional;

/**
 * Keeps the register in step with the national database: reconciles every person in batches on the
 * job runner (resuming an interrupted run from its cursor) and applies the change feed through the
 * register's life events. Without a configured connector nothing runs and {@link #configured()} is false.
 */
public interface NationalReconciliation {

    boolean configured();

    /** Starts (or resumes) a reconciliation on the job runner; false when one is already queued or running. */
    boolean startInBackground(String startedBy);

    /**
     * The job that reconciles: a new one on the runner, resuming the open run if there is one, or the one already
     * queued or running. Its id is for {@link org.dancu.jobs.Jobs}, to follow it; a job that failed because the
     * national database stopped answering says so by its failure key {@link #UNAVAILABLE_KEY}.
     *
     * @throws IllegalStateException when no connector is configured
     */
    long reconciliationJob(String startedBy);

    /** The failure key of a reconciliation job stopped by the national database; its run resumes next time. */
    String UNAVAILABLE_KEY = "national.job.failure.unavailable";

    /**
     * Applies the change feed from the stored cursor to its end.
     *
     * @throws NationalUnavailableException when the feed could not be read; what was applied stays applied
     */
    FeedStatus applyChanges();

    Optional<ReconciliationRun> latestRun();

    FeedStatus feed();
}
