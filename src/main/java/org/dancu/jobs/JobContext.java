package org.dancu.jobs;

/** What a {@link JobHandler} knows of the job it runs and how it reports. */
public interface JobContext {

    long jobId();

    /** What the job works on, as given at {@link Jobs#submit}. */
    String reference();

    /** Who started the job. */
    String startedBy();

    /**
     * Is this run taking up a job whose earlier run stopped unfinished (the server was stopped or
     * killed)? The handler then resumes from its own stored checkpoint, or starts over when its work is atomic.
     */
    boolean resumed();

    /**
     * Records progress; also the job's cancel checkpoint.
     *
     * @throws JobCancelledException when cancel was asked for: the handler lets it pass (after undoing what it must)
     */
    void progress(long done, long total);

    /** As {@link #progress(long, long)}, with a message key saying in words what the job is doing. */
    void progress(long done, long total, String messageKey);
}
