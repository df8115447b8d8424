package org.dancu.cleansing.datasets;

import java.util.Optional;
import java.util.Set;

import org.dancu.cleansing.evaluation.Evaluation;
import org.dancu.jobs.JobContext;
import org.dancu.jobs.JobFailure;
import org.dancu.jobs.JobFinished;
import org.dancu.jobs.JobHandler;
import org.dancu.jobs.JobState;
import org.dancu.jobs.JobVisibility;
import org.dancu.jobs.JobWords;
import org.dancu.jobs.Jobs;
import org.dancu.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dataset's evaluation as a job of the runner, so the load returns at once and the page polls until
 * the run is done. The evaluation is one transaction: a run taken up again after a restart starts
 * over. A run that fails or is cancelled leaves the dataset marked FAILED with the job's reason in
 * words and its reference (the cause is in the log under the same reference), and can be rerun.
 */
@Component
class EvaluationJobs implements JobHandler {

    static final String KIND = "cleansing.evaluation";
    private static final String FAILURE = "cleansing.evaluation.failure";
    private static final Set<Role> FOLLOWERS = Set.of(Role.PROVINCE_OFFICER, Role.AGENCY_OFFICER);

    private final JdbcClient jdbc;
    private final Evaluation evaluation;
    private final Jobs jobs;

    EvaluationJobs(JdbcClient jdbc, Evaluation evaluation, Jobs jobs) {
        this.jdbc = jdbc;
        this.evaluation = evaluation;
        this.jobs = jobs;
    }

    /** @return false when the dataset is not loaded or a run is already under way */
    @Transactional
    boolean start(long datasetId, String startedBy) {
        String agency = jdbc.sql("""
                        UPDATE cleansing.dataset SET evaluation = 'RUNNING', evaluation_failure = NULL,
                            evaluation_failure_reference = NULL
                        WHERE dataset_id = :id AND status = 'LOADED' AND evaluation <> 'RUNNING'
                        RETURNING agency_code""")
                .param("id", datasetId).query(String.class).optional().orElse(null);
        if (agency == null) {
            return false;
        }
        jobs.submit(KIND, String.valueOf(datasetId), startedBy, new JobVisibility(FOLLOWERS, null, agency));
        return true;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext context) {
        context.progress(0, 1, "cleansing.evaluation.running");
        evaluation.evaluate(Long.parseLong(context.reference()));
    }

    @Override
    public String failureKey(Throwable failure) {
        return JobFailure.of(failure).key(FAILURE);
    }

    /** The dataset by its title and year. */
    @Override
    public Optional<JobWords> subject(String reference) {
        if (!reference.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT title, period FROM cleansing.dataset WHERE dataset_id = :id")
                .param("id", Long.parseLong(reference))
                .query((row, n) -> JobWords.of("cleansing.job.subject", row.getString(1), row.getString(2)))
                .optional();
    }

    @ApplicationModuleListener
    void on(JobFinished finished) {
        if (!KIND.equals(finished.kind()) || finished.outcome() == JobState.SUCCEEDED) {
            return;
        }
        jobs.find(finished.jobId()).ifPresent(job -> jdbc.sql("""
                        UPDATE cleansing.dataset SET evaluation = 'FAILED', evaluation_failure = :key,
                            evaluation_failure_reference = :reference
                        WHERE dataset_id = :id AND evaluation = 'RUNNING'""")
                .param("key", job.state() == JobState.CANCELLED ? FAILURE + ".cancelled" : job.failureKey())
                .param("reference", job.state() == JobState.CANCELLED ? String.valueOf(job.id())
                        : job.failureReference())
                .param("id", Long.parseLong(finished.reference())).update());
    }
}
