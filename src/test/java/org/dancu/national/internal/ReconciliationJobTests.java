package org.dancu.national.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.dancu.jobs.JobState;
import org.dancu.jobs.JobVisibility;
import org.dancu.jobs.Jobs;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reconciliation as a job of the runner: the schedule queues a job to resume a run interrupted by
 * a failure, but not one an officer cancelled, which waits for the next start.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReconciliationJobTests {

    @Autowired NationalJobs national;
    @Autowired ReconciliationRuns runs;
    @Autowired Jobs jobs;
    @Autowired TransactionTemplate transactions;

    @Test
    void anInterruptedRunIsResumedByTheScheduleButACancelledOneWaits() {
        runs.open().orElseGet(() -> runs.start("tester", 2));
        assertThat(national.interruptedRunWaiting()).isTrue();

        StaffPrincipal officer = new StaffPrincipal(1, "tinh.doi-soat", "tinh.doi-soat", Role.PROVINCE_OFFICER,
                new Scope("11", null), false);
        // queued and cancelled in one transaction: no runner takes it up in between
        transactions.executeWithoutResult(status -> {
            long job = jobs.submit(NationalJobs.KIND, "11", officer.getUsername(), new JobVisibility(Set.of(Role.PROVINCE_OFFICER), "11", null));
            assertThat(national.interruptedRunWaiting()).as("while a job is queued").isFalse();
            jobs.cancel(job, officer);
        });

        assertThat(jobs.latest(NationalJobs.KIND, "11").orElseThrow().state()).isEqualTo(JobState.CANCELLED);
        assertThat(runs.open()).isPresent();
        assertThat(national.interruptedRunWaiting()).isFalse();
    }
}
