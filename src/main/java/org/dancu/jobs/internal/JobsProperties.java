package org.dancu.jobs.internal;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the job runner ({@code dancu.jobs.*}, {@code DANCU_JOBS_*}).
 *
 * @param threads         jobs run at once on this server: the runner's one bounded pool
 * @param pollingInterval how often this server looks for jobs queued elsewhere or taken up again
 *                        (its own submissions start at once)
 * @param heartbeat       how often a running job's server says it is alive; a job whose server has
 *                        missed four heartbeats is taken up again by another (or the restarted) server
 * @param shutdownWait    how long a stopping server lets running jobs reach a checkpoint; after it
 *                        they are handed back to be resumed
 */
@Validated
@ConfigurationProperties("dancu.jobs")
record JobsProperties(
        @DefaultValue("2") @Min(1) int threads,
        @DefaultValue("2s") @NotNull Duration pollingInterval,
        @DefaultValue("30s") @NotNull Duration heartbeat,
        @DefaultValue("20s") @NotNull Duration shutdownWait) {
}
