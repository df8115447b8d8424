package org.dancu.jobs.internal;

import java.time.Duration;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler, built here from its core library (its Spring Boot starter targets Boot 3): one task,
 * {@link JobRunner#TASK}, whose executions are the jobs; the table {@code jobs.scheduled_tasks} comes
 * from the migrations, never from the library. The data source is wrapped so that scheduling a job
 * joins the caller's transaction: a job is queued only if what submitted it commits.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    static final String TABLE = "jobs.scheduled_tasks";
    /** Heartbeats a server may miss before its executions count as dead and are taken up again. */
    static final int MISSED_HEARTBEATS = 4;

    @Bean
    OneTimeTask<Void> jobTask(JobRunner runner) {
        return task(runner);
    }

    static OneTimeTask<Void> task(JobRunner runner) {
        return Tasks.oneTime(JobRunner.TASK)
                // an execution ends in error only when its server stops: hand it back at once
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ZERO))
                .onDeadExecutionRevive()
                .execute((instance, context) -> runner.run(Long.parseLong(instance.getId()),
                        context.getSchedulerState()));
    }

    @Bean
    Scheduler jobScheduler(DataSource dataSource, OneTimeTask<Void> jobTask, JobsProperties properties) {
        return scheduler(dataSource, jobTask, properties, new SchedulerName.Hostname());
    }

    static Scheduler scheduler(DataSource dataSource, OneTimeTask<Void> task, JobsProperties properties,
                               SchedulerName name) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), task)
                .tableName(TABLE)
                .schedulerName(name)
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(properties.heartbeat())
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .shutdownMaxWait(properties.shutdownWait())
                .enableImmediateExecution()
                .build();
    }

    /** Starts the scheduler once the whole application is up, and stops it (handing back running jobs) first. */
    @Bean
    SmartLifecycle jobSchedulerLifecycle(Scheduler scheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                scheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                scheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
