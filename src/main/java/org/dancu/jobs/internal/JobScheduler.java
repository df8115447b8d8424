package org.dancu.jobs.internal;

import java.security.SecureRandom;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The scheduler that runs the jobs on this server, started once the whole application is up (unless
 * this process runs no jobs) and stopped first, handing running jobs back. A db-scheduler cannot start
 * again once stopped, so each start builds a new one.
 */
@Component
class JobScheduler implements SmartLifecycle {

    private final DataSource dataSource;
    private final JobRunner runner;
    private final ScheduledWorks works;
    private final JobsProperties properties;
    /** The host's name and a random part: several instances may run on one host (and two in one test JVM). */
    private final SchedulerName name = new SchedulerName.Fixed(new SchedulerName.Hostname().getName() + "-"
            + Long.toHexString(new SecureRandom().nextLong() & 0xffffffL));
    private volatile Scheduler scheduler;

    JobScheduler(DataSource dataSource, JobRunner runner, ScheduledWorks works, JobsProperties properties) {
        this.dataSource = dataSource;
        this.runner = runner;
        this.works = works;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (properties.enabled() && scheduler == null) {
            scheduler = JobsConfiguration.scheduler(dataSource, JobsConfiguration.jobTasks(runner), works.tasks(), properties, name);
            scheduler.start();
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    /** Looks for due jobs now rather than at the next poll: a job was just queued. */
    void wake() {
        Scheduler current = scheduler;
        if (current != null) {
            current.triggerCheckForDueExecutions();
        }
    }
}
