package org.dancu.cleansing.internal;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.dancu.cleansing.internal.evaluation.Evaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a dataset's evaluation in the background, one at a time, so the load returns at once and the
 * page polls until the run is done. A run that fails leaves the dataset marked FAILED with the
 * reason in words for the officer ({@link RunFailure}), its cause in the log under the same
 * reference, and can be rerun.
 */
@Component
class EvaluationRuns {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationRuns.class);

    private final JdbcClient jdbc;
    private final Evaluation evaluation;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(100), runnable -> {
                Thread thread = new Thread(runnable, "cleansing-evaluation");
                thread.setDaemon(true);
                return thread;
            });

    EvaluationRuns(JdbcClient jdbc, Evaluation evaluation) {
        this.jdbc = jdbc;
        this.evaluation = evaluation;
    }

    /** @return false when the dataset is not loaded, a run is already under way or no run could be queued */
    boolean start(long datasetId) {
        int marked = jdbc.sql("""
                        UPDATE cleansing.dataset SET evaluation = 'RUNNING', evaluation_failure = NULL,
                            evaluation_failure_reference = NULL
                        WHERE dataset_id = :id AND status = 'LOADED' AND evaluation <> 'RUNNING'""")
                .param("id", datasetId).update();
        if (marked == 0) {
            return false;
        }
        try {
            executor.execute(() -> run(datasetId));
        } catch (RejectedExecutionException e) {
            failed(datasetId, RunFailure.busy());
            return false;
        }
        return true;
    }

    private void run(long datasetId) {
        try {
            evaluation.evaluate(datasetId);
        } catch (RuntimeException | Error e) {
            failed(datasetId, RunFailure.of(e));
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    private void failed(long datasetId, RunFailure failure) {
        LOG.error("Evaluation of dataset {} failed (reference {}): {}", datasetId, failure.reference(), failure.cause());
        jdbc.sql("""
                        UPDATE cleansing.dataset SET evaluation = 'FAILED', evaluation_failure = :key,
                            evaluation_failure_reference = :reference
                        WHERE dataset_id = :id""")
                .param("key", failure.messageKey()).param("reference", failure.reference()).param("id", datasetId)
                .update();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
