package org.dancu.jobs;

/**
 * Does one kind of long work. A module declares a bean per kind; the runner calls {@link #run} on
 * one of its bounded threads for every job of that kind. A handler that returns has succeeded; one
 * that throws has failed (the job shows {@link #failureKey}); {@link JobCancelledException} from a
 * checkpoint ends the job as cancelled.
 */
public interface JobHandler {

    /** The kind this handler runs, such as {@code cleansing.evaluation}; its label is {@code jobs.kind.<kind>}. */
    String kind();

    void run(JobContext context);

    /**
     * The message key that says in words why a run failed with {@code failure}, with the failure's
     * reference as its argument {0}; by default the runner's general ones by {@link JobFailure}. Its
     * text must not quote the exception, which may hold personal data.
     */
    default String failureKey(Throwable failure) {
        return JobFailure.of(failure).key("jobs.failure");
    }
}
