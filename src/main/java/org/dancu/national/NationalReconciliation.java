package org.dancu.national;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps the register in step with the national database: reconciles every person in batches
 * (resuming an interrupted run from its cursor) and applies the change feed through the register's
 * life events. Without a configured connector nothing runs and {@link #configured()} is false.
 */
public interface NationalReconciliation {

    boolean configured();

    /**
     * Runs a reconciliation to its end in the calling thread, resuming the open run if there is one.
     *
     * @throws IllegalStateException        when no connector is configured or a run is going on in this process
     * @throws NationalUnavailableException when the national database stopped answering; the run resumes next time
     */
    ReconciliationRun reconcile(String startedBy, Consumer<ReconciliationRun> progress);

    /** Starts (or resumes) a reconciliation in the background; false when one is already going on here. */
    boolean startInBackground(String startedBy);

    /**
     * Applies the change feed from the stored cursor to its end.
     *
     * @throws NationalUnavailableException when the feed could not be read; what was applied stays applied
     */
    FeedStatus applyChanges();

    Optional<ReconciliationRun> latestRun();

    FeedStatus feed();
}
