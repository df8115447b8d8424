package org.dancu.jobs;

/** Thrown at a job's checkpoint ({@link JobContext#progress}) when cancel was asked for. */
public class JobCancelledException extends RuntimeException {

    public JobCancelledException(long jobId) {
        super("job " + jobId + " was cancelled");
    }
}
