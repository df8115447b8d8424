package org.dancu.jobs.internal;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler, built here from its core library (its Spring Boot starter targets Boot 3): one task per
 * job kind ({@link JobRunner#taskName}), whose executions are the jobs of that kind; the table
 * {@code jobs.scheduled_tasks} comes from the migrations, never from the library. The client that queues
 * jobs goes through a data source that joins the caller's transaction, so a job is queued only if what
 * submitted it commits; the scheduler that runs them is {@link JobScheduler}'s.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    static final String TABLE = "jobs.scheduled_tasks";
    /** Heartbeats a server may miss before its executions count as dead and are taken up again. */
    static final int MISSED_HEARTBEATS = 4;
    private static final Duration RETRY = Duration.ofSeconds(10);

    /** The tasks of the kinds this server runs; the executions of any other kind are left to other servers. */
    static List<OneTimeTask<Void>> jobTasks(JobRunner runner) {
        return runner.kinds().stream().sorted().map(kind -> jobTask(runner, kind)).toList();
    }

    private static OneTimeTask<Void> jobTask(JobRunner runner, String kind) {
        return Tasks.oneTime(JobRunner.taskName(kind))
                // an execution ends in error when its server stops mid-job (or the database fails as the job's
                // end is stored): hand it back, to be taken up again shortly
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY))
                .onDeadExecutionRevive()
                .execute((instance, context) -> runner.run(Long.parseLong(instance.getId()),
                        context.getSchedulerState()));
    }

    @Bean
    SchedulerClient jobQueue(DataSource dataSource) {
        return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), List.of())
                .tableName(TABLE)
                .build();
    }

    /**
     * A scheduler on the jobs table: one bounded pool of {@code threads}, heartbeats, dead-execution
     * detection; the recurring tasks are each scheduled once in the table (whichever server starts
     * first) and run by one server at each due time.
     */
    static Scheduler scheduler(DataSource dataSource, List<OneTimeTask<Void>> jobTasks,
                               List<RecurringTask<Void>> recurring, JobsProperties properties, SchedulerName name) {
        // start tasks are known tasks too: the builder adds them
        return Scheduler.create(dataSource, List.<Task<?>>copyOf(jobTasks))
                .startTasks(recurring)
                .tableName(TABLE)
                .schedulerName(name)
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(properties.heartbeat())
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .shutdownMaxWait(properties.shutdownWait())
                .build();
    }
}
