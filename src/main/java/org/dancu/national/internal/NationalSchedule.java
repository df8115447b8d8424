package org.dancu.national.internal;

import java.time.Duration;
import java.time.ZoneId;

import org.dancu.jobs.ScheduledWork;
import org.dancu.jobs.Timetable;
import org.dancu.national.NationalUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When a connector is configured: reads the change feed every {@code dancu.national.feed-interval},
 * resumes an interrupted reconciliation, and starts a full one by {@code dancu.national.reconcile-cron};
 * each on one instance at a time, however many share the database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${dancu.national.base-url:}'.isEmpty() and ${dancu.national.schedule:true}")
class NationalSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(NationalSchedule.class);

    @Bean
    ScheduledWork nationalFeed(NationalJobs jobs, @Value("${dancu.national.feed-interval:PT1M}") Duration interval) {
        return ScheduledWork.of("national.feed", Timetable.every(interval), () -> poll(jobs));
    }

    @Bean
    ScheduledWork nationalReconciliation(NationalJobs jobs,
                                         @Value("${dancu.national.reconcile-cron:0 30 1 * * *}") String cron) {
        return ScheduledWork.of("national.reconciliation", Timetable.cron(cron, ZoneId.systemDefault()),
                () -> jobs.startInBackground(FeedApplier.ACTOR));
    }

    private static void poll(NationalJobs jobs) {
        try {
            jobs.applyChanges();
        } catch (NationalUnavailableException e) {
            LOG.warn("national change feed not read, next try at the next interval: {}", e.getMessage());
        }
        if (jobs.interruptedRunWaiting()) {
            jobs.startInBackground(FeedApplier.ACTOR);
        }
    }
}
