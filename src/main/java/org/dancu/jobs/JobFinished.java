package org.dancu.jobs;

/**
 * A job ended: succeeded, failed or was cancelled ({@code outcome}). Published through the outbox
 * when the job's end is stored.
 */
public record JobFinished(long jobId, String kind, String reference, JobState outcome) {
}
