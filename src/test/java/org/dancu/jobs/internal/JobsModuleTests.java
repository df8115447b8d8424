package org.dancu.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.dancu.jobs.JobAlreadyActiveException;
import org.dancu.jobs.JobContext;
import org.dancu.jobs.JobFinished;
import org.dancu.jobs.JobHandler;
import org.dancu.jobs.JobState;
import org.dancu.jobs.JobStatus;
import org.dancu.jobs.JobVisibility;
import org.dancu.jobs.Jobs;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * The runner with a handler of its own: every way a job ends is published as {@link JobFinished},
 * cancel reaches a running job at its checkpoint, and a job whose server died is taken up again
 * and finishes once.
 */
@TestPropertySource(properties = "flowable.process.enabled=false")
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class JobsModuleTests {

    static final String KIND = "test.work";

    /** Does what its reference says: {@code ok-…} succeeds, {@code fail-…} fails, {@code wait-…} checks in until cancelled. */
    static class TestWork implements JobHandler {

        final Map<String, List<Boolean>> runs = new ConcurrentHashMap<>();

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public void run(JobContext context) {
            runs.computeIfAbsent(context.reference(), r -> new CopyOnWriteArrayList<>()).add(context.resumed());
            if (context.reference().startsWith("fail-")) {
                throw new IllegalStateException("refused value 011190123456");
            }
            if (context.reference().startsWith("wait-")) {
                for (int i = 0; i < 600; i++) {
                    context.progress(i, 600, "jobs.progress.test");
                    sleep();
                }
            }
            context.progress(1, 1);
        }

        private static void sleep() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @TestConfiguration
    static class Handlers {
        @Bean
        TestWork testWork() {
            return new TestWork();
        }
    }

    @Autowired Jobs jobs;
    @Autowired TestWork work;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired JobRunner runner;
    @Autowired JobsProperties properties;
    @Autowired JobScheduler scheduler;

    private static final JobVisibility PROVINCE = new JobVisibility(Set.of(Role.PROVINCE_OFFICER), "11", null);
    private static final StaffPrincipal STARTER = officer("starter", Role.PROVINCE_OFFICER);

    private static StaffPrincipal officer(String username, Role role) {
        return new StaffPrincipal(1, username, username, role, new Scope("11", null), false);
    }

    /** The test's jobs leave the shared database with it: no page lists a kind that only this test runs. */
    @AfterEach
    void removeTestJobs() {
        await().atMost(Duration.ofMinutes(1)).until(() -> !jobs.active(KIND));
        jdbc.sql("DELETE FROM jobs.job WHERE kind = :kind").param("kind", KIND).update();
    }

    private static String reference(String what) {
        return what + "-" + UUID.randomUUID();
    }

    private JobStatus ended(long id) {
        await().atMost(Duration.ofMinutes(1)).until(() -> jobs.find(id).orElseThrow().state().finished());
        return jobs.find(id).orElseThrow();
    }

    @Test
    void aJobThatReturnsSucceeds(Scenario scenario) {
        String reference = reference("ok");
        scenario.stimulate(() -> jobs.submit(KIND, reference, "starter", PROVINCE))
                .andWaitForEventOfType(JobFinished.class)
                .matching(event -> event.reference().equals(reference))
                .toArriveAndVerify((event, id) -> {
                    assertThat(event).isEqualTo(new JobFinished(id, KIND, reference, JobState.SUCCEEDED));
                    JobStatus job = jobs.find(id).orElseThrow();
                    assertThat(job.attempts()).isEqualTo(1);
                    assertThat(job.done()).isEqualTo(1);
                    assertThat(job.finishedAt()).isNotNull();
                });
    }

    @Test
    void aCommandFollowsAJobToItsEndWithItsProgress() throws InterruptedException {
        long succeeding = jobs.submit(KIND, reference("ok"), "dancu test", PROVINCE);
        List<JobStatus> seen = new CopyOnWriteArrayList<>();

        JobStatus end = jobs.awaitEnd(succeeding, seen::add);

        assertThat(end.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(end.done()).isEqualTo(1);
        assertThat(seen).allSatisfy(status -> assertThat(status.id()).isEqualTo(succeeding));
        assertThat(jobs.awaitEnd(jobs.submit(KIND, reference("fail"), "dancu test", PROVINCE), status -> { }).state())
                .isEqualTo(JobState.FAILED);
        assertThatThrownBy(() -> jobs.awaitEnd(Long.MAX_VALUE, status -> { }))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void aJobThatThrowsFailsWithAReasonInWordsAndNoValueFromTheError(Scenario scenario) {
        String reference = reference("fail");
        scenario.stimulate(() -> jobs.submit(KIND, reference, "starter", PROVINCE))
                .andWaitForEventOfType(JobFinished.class)
                .matching(event -> event.reference().equals(reference))
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.outcome()).isEqualTo(JobState.FAILED);
                    JobStatus job = jobs.find(id).orElseThrow();
                    assertThat(job.failureKey()).isEqualTo("jobs.failure.unexpected");
                    assertThat(job.failureReference()).matches("[0-9A-F]{8}");
                });
    }

    @Test
    void aRunningJobIsCancelledAtItsNextCheckpoint(Scenario scenario) {
        String reference = reference("wait");
        long id = jobs.submit(KIND, reference, "starter", PROVINCE);
        await().atMost(Duration.ofMinutes(1)).until(() -> jobs.find(id).orElseThrow().done() > 0);
        assertThatThrownBy(() -> jobs.cancel(id, officer("someone-else", Role.PROVINCE_OFFICER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jobs.find(id).orElseThrow().cancelRequested()).isFalse();

        scenario.stimulate(() -> jobs.cancel(id, STARTER))
                .andWaitForEventOfType(JobFinished.class)
                .matching(event -> event.jobId() == id)
                .toArriveAndVerify(event -> assertThat(event.outcome()).isEqualTo(JobState.CANCELLED));
        JobStatus job = jobs.find(id).orElseThrow();
        assertThat(job.state()).isEqualTo(JobState.CANCELLED);
        assertThat(job.done()).isLessThan(600);
        assertThatThrownBy(() -> jobs.cancel(id, STARTER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSameWorkIsNotQueuedTwiceNorAnUnknownKind() {
        String reference = reference("wait");
        long id = jobs.submit(KIND, reference, "starter", PROVINCE);
        assertThatThrownBy(() -> jobs.submit(KIND, reference, "starter", PROVINCE))
                .isInstanceOf(JobAlreadyActiveException.class);
        assertThatThrownBy(() -> jobs.submit("no.such.kind", reference, "starter", PROVINCE))
                .isInstanceOf(IllegalArgumentException.class);
        jobs.cancel(id, officer("admin", Role.ADMINISTRATOR));
        assertThat(ended(id).state()).isEqualTo(JobState.CANCELLED);
    }

    @Test
    void aJobWhoseServerDiedIsTakenUpAgainByAnotherServerAndFinishesOnce() {
        String reference = reference("ok");
        // as a server killed in the middle of the job leaves it: running, its execution picked, no heartbeat for an hour
        long id = jdbc.sql("""
                        INSERT INTO jobs.job (version, kind, reference, started_by, visible_roles, state, attempts,
                                              created_at, started_at)
                        VALUES (1, :kind, :reference, 'starter', '{}', 'RUNNING', 1, now() - interval '1 hour',
                                now() - interval '1 hour') RETURNING id""")
                .param("kind", KIND).param("reference", reference).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO jobs.scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by,
                                                          last_heartbeat, version)
                        VALUES (:task, :id, now() - interval '1 hour', true, 'killed-server', now() - interval '1 hour', 1)""")
                .param("task", JobRunner.taskName(KIND)).param("id", String.valueOf(id)).update();

        Scheduler second = JobsConfiguration.scheduler(dataSource, JobsConfiguration.jobTasks(runner), List.of(), properties,
                new SchedulerName.Fixed("second"));
        second.start();
        try {
            JobStatus job = ended(id);
            assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
            assertThat(job.attempts()).isEqualTo(2);
            assertThat(work.runs.get(reference)).containsExactly(true);
        } finally {
            second.stop();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM jobs.scheduled_tasks WHERE task_instance = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isZero();
    }

    @Test
    void aServerThatDoesNotRunAKindLeavesItsJobsToOneThatDoes() throws InterruptedException {
        List<OneTimeTask<Void>> otherKinds = JobsConfiguration.jobTasks(runner).stream()
                .filter(task -> !task.getName().equals(JobRunner.taskName(KIND))).toList();
        JobsProperties quick = new JobsProperties(true, 2, Duration.ofMillis(100), properties.heartbeat(),
                properties.shutdownWait());
        Scheduler elsewhere = JobsConfiguration.scheduler(dataSource, otherKinds, List.of(), quick,
                new SchedulerName.Fixed("elsewhere"));
        scheduler.stop();
        elsewhere.start();
        String reference = reference("ok");
        long id;
        try {
            id = jobs.submit(KIND, reference, "starter", PROVINCE);
            // twenty of the other server's polls: before each server knew its own kinds, it took the job and failed it
            Thread.sleep(2_000);
            assertThat(jobs.find(id).orElseThrow().state()).isEqualTo(JobState.QUEUED);
            assertThat(work.runs).doesNotContainKey(reference);
        } finally {
            elsewhere.stop();
            scheduler.start();
        }

        assertThat(ended(id).state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(work.runs.get(reference)).containsExactly(false);
    }
}
