package org.dancu.jobs;

import java.util.Optional;

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

    /**
     * What a job of this kind works on, in words for the jobs page (a dataset's title, an import's file); empty
     * when the handler no longer knows the reference, and by default: the page then shows the job's number only.
     */
    default Optional<JobWords> subject(String reference) {
        return Optional.empty();
    }

    /**
     * Who started a job of this kind when that was no staff account (a partner system, a schedule), in words;
     * empty by default: the page then says the system started it.
     */
    default Optional<JobWords> starter(String startedBy) {
        return Optional.empty();
    }
}
