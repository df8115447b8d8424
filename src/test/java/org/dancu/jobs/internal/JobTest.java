package org.dancu.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.dancu.jobs.JobFinished;
import org.dancu.jobs.JobState;
import org.dancu.jobs.JobVisibility;
import org.dancu.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class JobTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    /** Each transition, by name. */
    private record Transition(String name, Consumer<Job> apply) {
    }

    private static final List<Transition> TRANSITIONS = List.of(
            new Transition("start", job -> job.start(NOW)),
            new Transition("resume", Job::resume),
            new Transition("progress", job -> job.progress(1, 2L, null)),
            new Transition("requestCancel", job -> job.requestCancel("admin", NOW)),
            new Transition("confirmCancel", job -> job.confirmCancel(NOW)),
            new Transition("succeed", job -> job.succeed(NOW)),
            new Transition("fail", job -> job.fail("jobs.failure.unexpected", "AB12CD34", NOW)));

    private static Job queued() {
        Job job = Job.queue("cleansing.evaluation", "42", "tinh.officer",
                new JobVisibility(Set.of(Role.PROVINCE_OFFICER), "11", null), NOW);
        // as the repository leaves it once stored
        ReflectionTestUtils.setField(job, "id", 7L);
        return job;
    }

    private static Job running() {
        Job job = queued();
        job.start(NOW);
        return job;
    }

    private static Job in(JobState state) {
        Job job = state == JobState.QUEUED ? queued() : running();
        switch (state) {
            case SUCCEEDED -> job.succeed(NOW);
            case FAILED -> job.fail("jobs.failure.storage", "AB12CD34", NOW);
            case CANCELLED -> {
                job.requestCancel("admin", NOW);
                job.confirmCancel(NOW);
            }
            default -> { }
        }
        return job;
    }

    /** What the aggregate registered, as the repository reads it when it saves the job. */
    private static List<Object> events(Job job) {
        java.util.Collection<Object> events = ReflectionTestUtils.invokeMethod(job, "domainEvents");
        return List.copyOf(events);
    }

    @Test
    void aJobRunsFromQueuedToSucceededAndSaysSoOnce() {
        Job job = queued();
        assertThat(job.state()).isEqualTo(JobState.QUEUED);
        job.start(NOW);
        job.progress(5, 10L, "cleansing.job.progress");
        assertThat(job.attempts()).isEqualTo(1);
        assertThat(events(job)).isEmpty();
        job.succeed(NOW);
        assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(events(job)).containsExactly(new JobFinished(7, "cleansing.evaluation", "42", JobState.SUCCEEDED));
    }

    @Test
    void aResumedJobCountsItsAttempts() {
        Job job = running();
        job.resume();
        assertThat(job.attempts()).isEqualTo(2);
        assertThat(job.state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    void cancelEndsAQueuedJobAtOnceAndARunningOneOnlyWhenItsCheckpointConfirms() {
        Job queued = queued();
        assertThat(queued.requestCancel("admin", NOW)).isTrue();
        assertThat(queued.state()).isEqualTo(JobState.CANCELLED);

        Job running = running();
        assertThatThrownBy(() -> running.confirmCancel(NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(running.requestCancel("admin", NOW)).isFalse();
        assertThat(running.state()).isEqualTo(JobState.RUNNING);
        assertThat(running.cancelRequested()).isTrue();
        running.confirmCancel(NOW);
        assertThat(running.state()).isEqualTo(JobState.CANCELLED);
        assertThat(events(running)).hasSize(1);
    }

    @Test
    void everyTransitionFromTheWrongStateThrowsAndChangesNothing() {
        for (JobState state : JobState.values()) {
            for (Transition transition : TRANSITIONS) {
                if (allowed(state, transition.name())) {
                    continue;
                }
                Job job = in(state);
                int eventsBefore = events(job).size();
                assertThatThrownBy(() -> transition.apply().accept(job))
                        .as("%s from %s", transition.name(), state).isInstanceOf(IllegalStateException.class);
                assertThat(job.state()).as("%s from %s", transition.name(), state).isEqualTo(state);
                assertThat(events(job)).hasSize(eventsBefore);
            }
        }
    }

    private static boolean allowed(JobState state, String transition) {
        return switch (state) {
            case QUEUED -> transition.equals("start") || transition.equals("requestCancel");
            // confirmCancel needs a cancel asked for first: from a plain running job it throws too
            case RUNNING -> !transition.equals("start") && !transition.equals("confirmCancel");
            default -> false;
        };
    }

    @Test
    void negativeProgressIsRefused() {
        Job job = running();
        assertThatThrownBy(() -> job.progress(-1, 10L, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
