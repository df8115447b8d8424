package org.dancu.national.internal;

import org.dancu.national.NationalUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When a connector is configured: reads the change feed every {@code dancu.national.feed-interval},
 * resumes an interrupted reconciliation, and starts a full one by {@code dancu.national.reconcile-cron}.
 */
@Component
@ConditionalOnExpression("!'${dancu.national.base-url:}'.isEmpty() and ${dancu.national.schedule:true}")
class NationalSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(NationalSchedule.class);

    private final NationalJobs jobs;

    NationalSchedule(NationalJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(initialDelayString = "${dancu.national.feed-interval:PT1M}",
            fixedDelayString = "${dancu.national.feed-interval:PT1M}")
    void poll() {
        try {
            jobs.applyChanges();
        } catch (NationalUnavailableException e) {
            LOG.warn("national change feed not read, next try at the next interval: {}", e.getMessage());
        }
        if (jobs.interruptedRunWaiting()) {
            jobs.startInBackground(FeedApplier.ACTOR);
        }
    }

    @Scheduled(cron = "${dancu.national.reconcile-cron:0 30 1 * * *}")
    void nightly() {
        jobs.startInBackground(FeedApplier.ACTOR);
    }
}
