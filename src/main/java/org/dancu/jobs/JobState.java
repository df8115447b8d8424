package org.dancu.jobs;

/** Where a job stands. QUEUED → RUNNING → SUCCEEDED, FAILED or CANCELLED; a queued job can be cancelled at once. */
public enum JobState {

    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    /** Is the job over, whatever its outcome? */
    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
