package org.dancu.register.importing;

import java.util.Optional;

import org.dancu.jobs.JobContext;
import org.dancu.jobs.JobFinished;
import org.dancu.jobs.JobHandler;
import org.dancu.jobs.JobState;
import org.dancu.jobs.JobWords;
import org.dancu.tabular.IntakeProgress;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The import's passes on the job runner: a job of kind {@value #KIND} on the reference {@code <import job>/<pass>}
 * ({@link ImportJob#passReference()}) runs the dry run or the apply the import job waits for. A pass is one transaction, so a pass taken up again after a restart
 * simply runs again; one that failed or was cancelled leaves the import job failed, saying so.
 */
@Component
class ImportPasses implements JobHandler {

    static final String KIND = "register.import";
    /** Rows between two progress reports, each also the runner's cancel checkpoint. */
    static final int PROGRESS_ROWS = 5_000;

    private final ImportJobs jobs;
    private final ImportPass pass;

    ImportPasses(ImportJobs jobs, ImportPass pass) {
        this.jobs = jobs;
        this.pass = pass;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext context) {
        ImportJob job = jobs.findById(ImportJob.jobOf(context.reference())).orElseThrow();
        if (!job.passReference().equals(context.reference())) {
            return; // a later pass was started: this one ended before its server stopped
        }
        IntakeProgress progress = (rows, total) -> {
            if (rows % PROGRESS_ROWS == 0) {
                context.progress(rows, total);
            }
        };
        ImportPass.Batch batch = ImportPass.Batch.of(job);
        switch (job.status()) {
            case CHECKING -> pass.dryRun(batch, progress);
            case APPLYING -> pass.load(batch, progress);
            default -> {
                // the pass ended before its server stopped: nothing left to do
            }
        }
    }

    /** The import's file by its name. */
    @Override
    public Optional<JobWords> subject(String reference) {
        if (!reference.matches("[0-9]{1,18}/[0-9]+")) {
            return Optional.empty();
        }
        return jobs.findById(ImportJob.jobOf(reference))
                .map(job -> JobWords.of("register.import.job.subject", job.fileName()));
    }

    @ApplicationModuleListener
    void on(JobFinished finished) {
        if (!KIND.equals(finished.kind()) || finished.outcome() == JobState.SUCCEEDED) {
            return;
        }
        long jobId = ImportJob.jobOf(finished.reference());
        jobs.findById(jobId).filter(job -> job.passReference().equals(finished.reference()))
                .ifPresent(job -> pass.failed(jobId, finished.outcome() == JobState.CANCELLED
                ? "register.import.error.cancelled" : "register.import.error.failed", ImportPass.officer(job)));
    }
}
