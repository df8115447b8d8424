package org.dancu.cli;

import java.util.List;
import java.util.Map;

import org.dancu.jobs.JobState;
import org.dancu.jobs.JobStatus;
import org.dancu.jobs.Jobs;
import org.dancu.national.FeedStatus;
import org.dancu.national.NationalReconciliation;
import org.dancu.national.NationalUnavailableException;
import org.dancu.national.ReconciliationRun;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code dancu reconcile}: applies the national change feed, then reconciles the whole register
 * with the national database (resuming an interrupted run) as a job of the one job runner, which this
 * process runs too, and follows the job to its end, printing progress. A reconciliation already queued
 * or running (started on a server's page or by its schedule) is followed instead of a second one. The
 * connector is configured as for the server ({@code DANCU_NATIONAL_*}).
 */
class ReconcileCommand implements Command {

    static final int NOT_CONFIGURED = 2;
    static final int UNAVAILABLE = 1;
    static final int FAILED = 3;
    /** Who the job names as its starter. */
    static final String STARTER = "dancu reconcile";
    private static final long PROGRESS_STEP = 50_000;

    private long printedStep = -1;

    @Override
    public String name() {
        return "reconcile";
    }

    @Override
    public String summary() {
        return "apply the national change feed and reconcile the register with the national database";
    }

    @Override
    public String usage() {
        return "[--property=value ...]\n"
                + "  the connector is configured as for the server: DANCU_NATIONAL_BASE_URL, DANCU_NATIONAL_KEY_ID,\n"
                + "  DANCU_NATIONAL_PRIVATE_KEY; an interrupted run resumes where it stopped (docs/national.md)";
    }

    @Override
    public int run(List<String> arguments) {
        try (ConfigurableApplicationContext context = SpringLauncher.start(arguments, WebApplicationType.NONE,
                Map.of("logging.level.root", "WARN", "spring.main.log-startup-info", "false",
                        "dancu.national.schedule", "false", "dancu.jobs.enabled", "true"))) {
            NationalReconciliation national = context.getBean(NationalReconciliation.class);
            if (!national.configured()) {
                System.err.println("dancu: no national database configured: set DANCU_NATIONAL_BASE_URL,"
                        + " DANCU_NATIONAL_KEY_ID and DANCU_NATIONAL_PRIVATE_KEY (see docs/national.md)");
                return NOT_CONFIGURED;
            }
            try {
                FeedStatus feed = national.applyChanges();
                System.out.printf("Change feed: position %d, %d applied, %d skipped%n", feed.cursor(), feed.applied(),
                        feed.skipped());
            } catch (NationalUnavailableException e) {
                return unavailable(e.getMessage());
            }
            long began = System.nanoTime();
            long jobId = national.reconciliationJob(STARTER);
            System.out.printf("Reconciliation job %d (listed on the server's jobs page)%n", jobId);
            JobStatus end = context.getBean(Jobs.class).awaitEnd(jobId, this::progress);
            if (end.state() == JobState.SUCCEEDED) {
                ReconciliationRun run = national.latestRun().orElseThrow();
                System.out.printf("Reconciliation %d done: %d persons checked, %d agree, %d differ, %d unknown"
                                + " (%.1f %% agree) in %.1f s%n", run.runId(), run.checked(), run.matched(),
                        run.mismatched(), run.unknown(), run.matchingPercent(), (System.nanoTime() - began) / 1e9);
                return 0;
            }
            if (NationalReconciliation.UNAVAILABLE_KEY.equals(end.failureKey())) {
                return unavailable("reference " + end.failureReference());
            }
            System.err.println("dancu: reconciliation job " + jobId + " ended " + end.state().name().toLowerCase()
                    + (end.failureReference() == null ? "" : " (reference " + end.failureReference()
                    + " in the log)") + "; run the command again to resume where it stopped");
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("dancu: stopped waiting; the reconciliation goes on as a job of the servers");
            return FAILED;
        }
    }

    private static int unavailable(String why) {
        System.err.println("dancu: the national database stopped answering (" + why
                + "); run the command again to resume where it stopped");
        return UNAVAILABLE;
    }

    /** A line each time the job's checkpoints pass another 50,000 persons. */
    private void progress(JobStatus job) {
        if (job.total() != null && job.done() / PROGRESS_STEP > printedStep) {
            printedStep = job.done() / PROGRESS_STEP;
            System.out.printf("  %d of %d persons checked (%.0f %%)%n", job.done(), job.total(), job.percent());
        }
    }
}
