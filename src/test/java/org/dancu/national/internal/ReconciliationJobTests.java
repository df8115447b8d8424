package org.dancu.national.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.dancu.jobs.JobState;
import org.dancu.jobs.JobVisibility;
import org.dancu.jobs.Jobs;
import org.dancu.locality.Localities;
import org.dancu.national.NationalDatabase;
import org.dancu.register.LifeEvents;
import org.dancu.register.RegisteredPersons;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reconciliation as a job of the runner: the command line queues one (or follows the one going on),
 * the schedule queues a job to resume a run interrupted by a failure, but not one an officer cancelled,
 * which waits for the next start.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReconciliationJobTests {

    @Autowired NationalJobs national;
    @Autowired ReconciliationRuns runs;
    @Autowired Jobs jobs;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationContext context;

    @Test
    void theCommandLineReconcilesThroughAJobOfTheRunnerAndFollowsOneAlreadyGoingOn() throws Exception {
        // the application's own has no connector; this one's is never called: the job is not run here
        NationalJobs configured = new NationalJobs(new StaticListableBeanFactory(Map.of("national",
                NationalConfiguration.connector(TestNation.properties("http://127.0.0.1:9", TestNation.provinceKeys(), 1, 1_000),
                        JsonMapper.builder().build()))).getBeanProvider(NationalDatabase.class),
                context.getBean(RegisteredPersons.class), context.getBean(LifeEvents.class), runs,
                context.getBean(PersonChecks.class), context.getBean(FeedStore.class), transactions,
                context.getBean(Localities.class), context.getBean(NationalProperties.class), jobs);
        // queued and cancelled in one transaction: no runner takes it up in between
        transactions.executeWithoutResult(status -> {
            long job = configured.reconciliationJob("dancu reconcile");
            assertThat(jobs.find(job).orElseThrow()).satisfies(queued -> {
                assertThat(queued.kind()).isEqualTo(NationalJobs.KIND);
                assertThat(queued.state()).isEqualTo(JobState.QUEUED);
                assertThat(queued.startedBy()).isEqualTo("dancu reconcile");
            });
            assertThat(configured.reconciliationJob("dancu reconcile")).as("the job already queued").isEqualTo(job);
            assertThat(configured.startInBackground("tinh.doi-soat")).isFalse();
            jobs.cancel(job, new StaffPrincipal(1, "dancu reconcile", "dancu reconcile", Role.ADMINISTRATOR,
                    new Scope("11", null), false));
        });
        assertThat(national.configured()).as("the application's own, without a connector").isFalse();
        assertThatThrownBy(() -> national.reconciliationJob("dancu reconcile"))
                .isInstanceOf(IllegalStateException.class);
    }

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
