package org.dancu.cleansing.internal;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a dataset's evaluation in the background, one at a time, so the load returns at once and the
 * page polls until the run is done. A run that fails leaves the dataset marked FAILED, to be rerun.
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

    /** @return false when the dataset is not loaded or a run is already under way */
    boolean start(long datasetId) {
        int marked = jdbc.sql("""
                        UPDATE cleansing.dataset SET evaluation = 'RUNNING'
                        WHERE dataset_id = :id AND status = 'LOADED' AND evaluation <> 'RUNNING'""")
                .param("id", datasetId).update();
        if (marked == 0) {
            return false;
        }
        executor.execute(() -> {
            try {
                evaluation.evaluate(datasetId);
            } catch (RuntimeException e) {
                LOG.error("Evaluation of dataset {} failed: {}", datasetId, e.getClass().getName());
                jdbc.sql("UPDATE cleansing.dataset SET evaluation = 'FAILED' WHERE dataset_id = :id")
                        .param("id", datasetId).update();
            }
        });
        return true;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
