package org.dancu.cleansing.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dancu.cleansing.CleansingFigures;
import org.dancu.cleansing.CleansingFixtures;
import org.dancu.register.Officers;
import org.dancu.cleansing.CleansingFixtures.TestPerson;
import org.dancu.jobs.Jobs;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.tabular.IntakeProgress;
import org.dancu.security.StaffPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background matching run on the case linkage exists for: a sector file of names with typos and
 * no IDs, some of people the register does not know; and what the officer sees when a run fails.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationRunTests {

    @Autowired ApplicationContext context;
    @Autowired Datasets datasets;
    @Autowired EvaluationJobs runs;
    @Autowired CleansingFigures figures;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @BeforeEach
    void signIn() {
        Officers.signIn("tinh.runs", Role.PROVINCE_OFFICER, new Scope("11", null));
    }

    @AfterEach
    void signOut() {
        Officers.signOut();
    }

    private long loaded(String csv) throws IOException {
        long id = CleansingIntegrationTests.upload(datasets, csv);
        Dataset dataset = datasets.find(id).orElseThrow();
        assertThat(datasets.dryRun(dataset, IntakeProgress.NONE)).isZero();
        datasets.load(datasets.find(id).orElseThrow(), IntakeProgress.NONE);
        return id;
    }

    private String runToItsEnd(long id) {
        assertThat(runs.start(id, "tinh.runs")).isTrue();
        return runEnded(id);
    }

    /** The run's outcome once it has ended (read without a scope: the poll runs on its own thread). */
    private String runEnded(long id) {
        await().atMost(Duration.ofMinutes(3)).until(() -> !"RUNNING".equals(evaluation(id)));
        return evaluation(id);
    }

    private String failure(long id) {
        return jdbc.sql("SELECT evaluation_failure FROM cleansing.dataset WHERE dataset_id = :id").param("id", id)
                .query((row, n) -> row.getString(1)).list().get(0);
    }

    private String evaluation(long id) {
        return jdbc.sql("SELECT evaluation FROM cleansing.dataset WHERE dataset_id = :id").param("id", id)
                .query(String.class).single();
    }

    @Test
    void sixtyNamesWithTyposAndNoIdsAreMatchedAndMatchedAgain() throws IOException {
        List<TestPerson> known = new ArrayList<>();
        StringBuilder csv = new StringBuilder(CleansingIntegrationTests.HEADER);
        for (int i = 0; i < 50; i++) {
            TestPerson person = CleansingFixtures.person(context, i % 2 == 0 ? "M" : "F");
            known.add(person);
            csv.append(String.join(",", CleansingFixtures.withTypo(person.fullName()), "", person.birthDate(),
                    person.sex(), CleansingFixtures.MUONG_THANH, "81000000" + (10 + i))).append('\n');
        }
        for (int i = 0; i < 10; i++) {
            // people the register has never heard of: no commune, no birth date, names nobody carries
            csv.append(String.join(",", "Xyzq Wvox Pqrs" + (char) ('a' + i), "", "", "", "", "81000001" + (10 + i)))
                    .append('\n');
        }
        long id = loaded(csv.toString());

        for (int run = 1; run <= 2; run++) {
            assertThat(runToItsEnd(id)).as("run %d", run).isEqualTo("DONE");
            assertThat(failure(id)).isNull();
            assertThat(figures.ofDataset(id).records()).isEqualTo(60);
            assertThat(jdbc.sql("SELECT count(*) FROM cleansing.record WHERE dataset_id = :id AND evaluated_at IS NULL")
                    .param("id", id).query(Long.class).single()).isZero();
            List<Map<String, Object>> strangers = jdbc.sql("""
                            SELECT candidate_id, decision, clean_reason FROM cleansing.record
                            WHERE dataset_id = :id AND line > 51""").param("id", id).query().listOfRows();
            assertThat(strangers).hasSize(10).allSatisfy(row -> assertThat(row)
                    .containsEntry("candidate_id", null).containsEntry("decision", "NONMATCH")
                    .containsEntry("clean_reason", "not-linked"));
            for (int i = 0; i < known.size(); i++) {
                // a candidate born that day; which of the fixtures' look-alike names wins is the engine's
                // business (its own tests), here the run must store it
                assertThat(jdbc.sql("""
                                SELECT r.decision || ' ' || p.birth_date FROM cleansing.record r
                                JOIN register.person p ON p.person_id = r.candidate_id
                                WHERE r.dataset_id = :id AND r.line = :line""")
                        .param("id", id).param("line", i + 2).query(String.class).single())
                        .as("line %d", i + 2).matches("(MATCH|REVIEW) " + known.get(i).birthDate());
            }
        }
    }

    @Test
    void recordsNeverEvaluatedAreInNoFigureAndTheOfficerReadsWhyTheRunFailed() throws Exception {
        TestPerson person = CleansingFixtures.person(context, "F");
        long id = loaded(CleansingIntegrationTests.HEADER + CleansingIntegrationTests.row(person, "", "8100000201")
                + CleansingIntegrationTests.row(person, person.pin(), "8100000202"));
        jdbc.sql("""
                        UPDATE cleansing.dataset SET evaluation = 'FAILED', evaluation_failure = :key,
                            evaluation_failure_reference = 'AB12CD34' WHERE dataset_id = :id""")
                .param("key", "cleansing.evaluation.failure.storage").param("id", id).update();

        assertThat(figures.ofDataset(id).records()).isZero();
        MockHttpSession officer = officer();
        mvc.perform(get("/cleansing/datasets/{id}", id).session(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("cơ sở dữ liệu không lưu được kết quả")))
                .andExpect(content().string(containsString("AB12CD34")))
                .andExpect(content().string(containsString("2 bản ghi chưa được đánh giá")));
        mvc.perform(get("/cleansing/datasets/{id}", id).param("lang", "en").session(officer))
                .andExpect(content().string(containsString("the database could not store its results")))
                .andExpect(content().string(containsString("2 records have not been evaluated yet")));

        mvc.perform(post("/cleansing/datasets/{id}/evaluate", id).with(csrf()).session(officer));
        assertThat(runEnded(id)).isEqualTo("DONE");
        assertThat(failure(id)).isNull();
        assertThat(figures.ofDataset(id).records()).isEqualTo(2);
        mvc.perform(get("/cleansing/datasets/{id}", id).session(officer))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("AB12CD34"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("chưa được đánh giá"))));
    }

    @Test
    void aMatchingRunCancelledBeforeItStartsLeavesTheDatasetFailedAndSaysSo() throws Exception {
        TestPerson person = CleansingFixtures.person(context, "M");
        long id = loaded(CleansingIntegrationTests.HEADER + CleansingIntegrationTests.row(person, "", "8100000301"));
        Jobs jobs = context.getBean(Jobs.class);
        StaffPrincipal starter = new StaffPrincipal(1, "tinh.runs", "tinh.runs", Role.PROVINCE_OFFICER,
                new Scope("11", null), false);
        // queued and cancelled in one transaction: no runner can take the job up in between
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            assertThat(runs.start(id, starter.getUsername())).isTrue();
            jobs.cancel(jobs.latest(EvaluationJobs.KIND, String.valueOf(id)).orElseThrow().id(), starter);
        });

        assertThat(runEnded(id)).isEqualTo("FAILED");
        assertThat(failure(id)).isEqualTo("cleansing.evaluation.failure.cancelled");
        assertThat(figures.ofDataset(id).records()).isZero();
        mvc.perform(get("/cleansing/datasets/{id}", id).session(officer()))
                .andExpect(content().string(containsString("Lần đối chiếu trước đã bị hủy")));
    }

    private MockHttpSession officer() throws Exception {
        String username = StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope("11", null), "Lò Văn Chạy");
        MvcResult login = mvc.perform(post("/login").param("username", username)
                .param("password", StaffFixtures.PASSWORD).with(csrf())).andReturn();
        return (MockHttpSession) login.getRequest().getSession(false);
    }
}
