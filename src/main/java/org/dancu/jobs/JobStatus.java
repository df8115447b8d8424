package org.dancu.jobs;

import java.time.Instant;

/**
 * A job as callers and the page read it.
 *
 * @param id              the job's id
 * @param kind            its handler's kind, such as {@code cleansing.evaluation}
 * @param reference       what it works on (a dataset id, a run id), never personal data
 * @param startedBy       the username of the officer (or the system actor) who started it
 * @param state           where it stands
 * @param done            units of work done, as its handler counts them
 * @param total           units of work in all, or null while unknown
 * @param progressKey     message key of the handler's last word on its progress, or null
 * @param failureKey      message key saying in words why it failed, or null
 * @param failureReference short code of the failure, shown to the officer and written in the log
 * @param cancelRequested has someone asked to cancel it while it runs?
 * @param attempts        how many times a runner took it up (more than one: resumed after a restart)
 */
public record JobStatus(long id, String kind, String reference, String startedBy, JobState state, long done,
                        Long total, String progressKey, String failureKey, String failureReference,
                        boolean cancelRequested, int attempts, Instant createdAt, Instant startedAt,
                        Instant finishedAt) {

    /** Done as a share of the total, 0–100, or null while the total is unknown. */
    public Double percent() {
        return total == null || total == 0 ? null : Math.min(100.0, 100.0 * done / total);
    }
}
