package org.dancu.national.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.dancu.national.ReconciliationFinished;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The national module bootstrapped with the modules it depends on: a reconciliation run that finishes
 * publishes {@link ReconciliationFinished} with its id and the number of persons it checked.
 */
@TestPropertySource(properties = "flowable.process.enabled=false")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class NationalModuleTests {

    @Autowired ReconciliationRuns runs;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    private Long runId;

    @AfterEach
    void removeRun() {
        if (runId != null) {
            jdbc.sql("DELETE FROM national.run WHERE run_id = :id").param("id", runId).update();
        }
    }

    @Test
    void aFinishedRunPublishesReconciliationFinished(Scenario scenario) {
        scenario.stimulate(() -> transactions.execute(status -> {
                    runId = runs.start("kiem.toan", 0).run().runId();
                    runs.finish(runId);
                    return runId;
                }))
                .andWaitForEventOfType(ReconciliationFinished.class)
                .toArriveAndVerify((event, id) -> {
                    assertThat(event.runId()).isEqualTo(id);
                    assertThat(event.checked()).isZero();
                });
    }
}
