package org.dancu.services.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.civil.Pin;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.security.StaffPrincipal;
import org.dancu.services.Channel;
import org.dancu.services.DossierClosed;
import org.dancu.services.DossierCode;
import org.dancu.services.DossierRefusedException;
import org.dancu.services.DossierStatus;
import org.dancu.services.DossierView;
import org.dancu.services.DossierWork;
import org.dancu.services.Dossiers;
import org.dancu.services.LegCompleted;
import org.dancu.services.LegEffects;
import org.dancu.services.LegRefused;
import org.dancu.services.LegRunningLate;
import org.dancu.services.LegStatus;
import org.dancu.services.LegView;
import org.dancu.services.NewDossier;
import org.dancu.services.ProcedureCode;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Dossiers on the workflow engine: each family's process runs its legs as user tasks for the handlers
 * of their steps, a bundle's other legs in parallel once civil status is registered (a refused one
 * cancels them), the officer's decisions move the processes on and publish the legs' events, an
 * officer outside the leg's handlers is refused and audited, a suspension stops the clock and tells
 * the applicant, an extension moves the deadline timer, a late leg is apologised for once, also when
 * its timer fell due while no instance ran timers. The leg effects are recorded here, not applied: the
 * register's and results' side is tested with the effects themselves.
 */
@SpringBootTest
@EnableScenarios
class DossierWorkflowTests {

    static final String MUONG_THANH = "03334";
    static final Pin APPLICANT = Pin.of("011195004321");
    static final ProcedureCode MARRIAGE = new ProcedureCode("DB-16");
    static final ProcedureCode BIRTH_BUNDLE = new ProcedureCode("DB-17");

    @Autowired Dossiers dossiers;
    @Autowired DossierWork work;
    @Autowired RecordedEffects effects;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired ProcessEngineConfiguration engine;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    /** The effects of completed legs as they were asked for. */
    static final class RecordedEffects implements LegEffects {
        final List<String> applied = Collections.synchronizedList(new ArrayList<>());

        @Override
        public Effect apply(DossierView dossier, LegView leg, Map<String, String> resultFields, String officer) {
            applied.add(dossier.code() + ":" + leg.key() + " by " + officer);
            return new Effect(null, null);
        }
    }

    @TestConfiguration
    static class Effects {
        @Bean
        @Primary
        RecordedEffects recordedEffects() {
            return new RecordedEffects();
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signIn(String username, Role role, Scope scope) {
        StaffPrincipal officer = new StaffPrincipal(1, username, username, role, scope, false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                officer, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    static void communeOfficer() {
        signIn("xa.muongthanh", Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
    }

    static void agencyOfficer(String agency) {
        signIn(agency.toLowerCase() + ".tinh", Role.AGENCY_OFFICER, new Scope("11", agency));
    }

    DossierCode file(ProcedureCode procedure, Instant received) {
        return dossiers.file(new NewDossier(procedure, Channel.ONLINE, APPLICANT, null, MUONG_THANH,
                Map.of("spouse-pin", "011196001234"), List.of(), Set.of(), null, null, received));
    }

    List<Task> tasksOf(DossierCode code) {
        return tasks.createTaskQuery().processInstanceBusinessKeyLike(code.value() + ":%").list();
    }

    LegView leg(DossierCode code, String key) {
        return dossiers.find(code).orElseThrow().legs().stream().filter(l -> l.key().equals(key)).findFirst()
                .orElseThrow();
    }

    long messages(String template) {
        return jdbc.sql("SELECT count(*) FROM notify.message WHERE recipient_pin = :pin AND template = :template")
                .param("pin", APPLICANT.value()).param("template", template).query(Long.class).single();
    }

    @Test
    void theEngineRunsOnTablesTheOwnerMadeInItsOwnSchemaWithOneProcessPerFamily() {
        assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
                .extracting(d -> d.getKey())
                .contains("serviceLeg", "singleAgency", "birthBundle", "deathBundle");
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'flowable'"
                + " AND table_name = 'act_ru_task'").query(Long.class).single()).isOne();
        // the application's own role may use the engine's tables but not make or change any
        assertThat(jdbc.sql("SELECT has_schema_privilege(current_user, 'flowable', 'CREATE')")
                .query(Boolean.class).single()).isFalse();
        assertThat(engine.getDatabaseSchemaUpdate()).isEqualTo(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    }

    @Test
    void aSingleAgencyDossierIsAUserTaskOfTheCommuneWhoseCompletionClosesIt(Scenario scenario) {
        DossierCode code = file(MARRIAGE, Instant.now());
        List<Task> open = tasksOf(code);
        assertThat(open).hasSize(1);
        assertThat(tasks.getIdentityLinksForTask(open.get(0).getId())).extracting(l -> l.getGroupId())
                .containsExactly("commune");
        assertThat(management.createTimerJobQuery().processInstanceId(open.get(0).getProcessInstanceId())
                .elementId("deadline").singleResult().getDuedate().toInstant()).isEqualTo(leg(code, "main").due());

        communeOfficer();
        scenario.stimulate(() -> work.complete(code, "main", Map.of()))
                .andWaitForEventOfType(LegCompleted.class).matching(e -> e.code().equals(code))
                .toArriveAndVerify(e -> {
                    assertThat(e.onTime()).isTrue();
                    assertThat(effects.applied).contains(code + ":main by xa.muongthanh");
                    assertThat(tasksOf(code)).isEmpty();
                    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code.value()).count())
                            .isZero();
                    assertThat(dossiers.find(code).orElseThrow().status()).isEqualTo(DossierStatus.COMPLETED);
                });
    }

    @Test
    void anOfficerWhoDoesNotHandleTheStepIsRefusedAuditedAndNothingChanges() {
        DossierCode code = file(MARRIAGE, Instant.now());
        signIn("xa.khac", Role.COMMUNE_OFFICER, new Scope("03335", null));
        assertThatThrownBy(() -> work.complete(code, "main", Map.of())).isInstanceOf(DossierRefusedException.class)
                .satisfies(e -> assertThat(((DossierRefusedException) e).messageKey())
                        .isEqualTo("services.dossier.refused.out-of-scope"));
        agencyOfficer("CONG_AN");
        assertThatThrownBy(() -> work.refuse(code, "main", "Không thuộc thẩm quyền"))
                .isInstanceOf(DossierRefusedException.class);
        assertThat(leg(code, "main").status()).isEqualTo(LegStatus.IN_PROGRESS);
        assertThat(tasksOf(code)).hasSize(1);
        assertThat(effects.applied).noneMatch(a -> a.startsWith(code.value()));
        assertThat(jdbc.sql("SELECT count(*) FROM audit.ledger WHERE object_id = :code AND outcome = 'DENIED'")
                .param("code", code.value()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void civilStatusRegisteredStartsTheBundlesOtherLegsInParallelEachWithItsOwnTimer(Scenario scenario) {
        DossierCode code = file(BIRTH_BUNDLE, Instant.now());
        assertThat(tasksOf(code)).extracting(Task::getProcessInstanceId).hasSize(1);
        communeOfficer();
        work.complete(code, "birth", Map.of());
        List<Task> parallel = tasksOf(code);
        assertThat(parallel).hasSize(2);
        assertThat(parallel).flatExtracting(t -> tasks.getIdentityLinksForTask(t.getId()))
                .extracting(l -> l.getGroupId()).containsExactlyInAnyOrder("agency:CONG_AN", "agency:BHXH");
        for (Task task : parallel) {
            assertThat(management.createTimerJobQuery().processInstanceId(task.getProcessInstanceId())
                    .elementId("deadline").count()).isOne();
        }

        agencyOfficer("CONG_AN");
        scenario.stimulate(() -> work.refuse(code, "residence", "Chỗ ở không hợp pháp"))
                .andWaitForEventOfType(LegRefused.class).matching(e -> e.code().equals(code))
                .toArriveAndVerify(e -> assertThat(e.reason()).isEqualTo("Chỗ ở không hợp pháp"));

        agencyOfficer("BHXH");
        scenario.stimulate(() -> work.complete(code, "health-insurance", Map.of()))
                .andWaitForEventOfType(DossierClosed.class).matching(e -> e.code().equals(code))
                .toArriveAndVerify(e -> {
                    assertThat(e.status()).isEqualTo(DossierStatus.PARTLY_COMPLETED);
                    assertThat(dossiers.find(code).orElseThrow().legs()).extracting(LegView::status)
                            .containsExactly(LegStatus.COMPLETED, LegStatus.REFUSED, LegStatus.COMPLETED);
                    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code.value()).count())
                            .isZero();
                });
    }

    @Test
    void aRefusedCivilStatusLegCancelsTheOthersAndEndsTheProcess() {
        DossierCode code = file(BIRTH_BUNDLE, Instant.now());
        communeOfficer();
        work.refuse(code, "birth", "Giấy chứng sinh không hợp lệ");
        assertThat(dossiers.find(code).orElseThrow().legs()).extracting(LegView::status)
                .containsExactly(LegStatus.REFUSED, LegStatus.CANCELLED, LegStatus.CANCELLED);
        assertThat(tasksOf(code)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code.value()).count()).isZero();
    }

    @Test
    void aSuspensionStopsTheClockTellsTheApplicantAndResumingGivesTheTaskBack() {
        DossierCode code = file(MARRIAGE, Instant.now());
        communeOfficer();
        assertThatThrownBy(() -> work.suspend(code, "main", List.of("passport"), "Thiếu"))
                .isInstanceOf(DossierRefusedException.class);
        assertThat(leg(code, "main").status()).isEqualTo(LegStatus.IN_PROGRESS);
        long before = messages(ApplicantNotices.SUSPENDED.key());

        work.suspend(code, "main", List.of("spouse-pin"), "Thiếu số định danh của người kia");
        assertThat(leg(code, "main").status()).isEqualTo(LegStatus.SUSPENDED);
        assertThat(dossiers.find(code).orElseThrow().status()).isEqualTo(DossierStatus.SUSPENDED);
        assertThat(tasksOf(code)).isEmpty();
        assertThat(messages(ApplicantNotices.SUSPENDED.key())).isEqualTo(before + 2);

        work.resume(code, "main");
        assertThat(leg(code, "main").status()).isEqualTo(LegStatus.IN_PROGRESS);
        assertThat(tasksOf(code)).hasSize(1);
    }

    @Test
    void itemsNotSuppliedByTheirDayRefuseTheLegWhenItsTimerFires(Scenario scenario) {
        DossierCode code = file(MARRIAGE, Instant.now());
        communeOfficer();
        work.suspend(code, "main", List.of("spouse-pin"), "Thiếu số định danh của người kia");
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code.value() + ":main")
                .singleResult().getId();
        Job timer = management.createTimerJobQuery().processInstanceId(process).elementId("timeToComplete")
                .singleResult();
        assertThat(timer.getDuedate()).isAfter(new Date());
        // the applicant's days have passed (the timer is fired now rather than in seven working days)
        jdbc.sql("UPDATE services.leg SET complete_by = now() - interval '1 hour' WHERE dossier_code = :code")
                .param("code", code.value()).update();
        scenario.stimulate(() -> management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId()))
                .andWaitForEventOfType(LegRefused.class).matching(e -> e.code().equals(code))
                .toArriveAndVerify(e -> {
                    assertThat(e.reason()).isEqualTo("Người nộp không bổ sung hồ sơ trong thời hạn.");
                    assertThat(dossiers.find(code).orElseThrow().status()).isEqualTo(DossierStatus.REFUSED);
                    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code.value())
                            .count()).isZero();
                });
    }

    @Test
    void aLegIsReassignedOnlyToAnOfficerWhoHandlesItsStep() {
        DossierCode code = file(MARRIAGE, Instant.now());
        String colleague = StaffFixtures.create(context, Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null), "Đồng nghiệp");
        String elsewhere = StaffFixtures.create(context, Role.COMMUNE_OFFICER, new Scope("03335", null), "Xã khác");
        communeOfficer();
        for (String wrong : List.of(elsewhere, "khong.co.ai")) {
            assertThatThrownBy(() -> work.reassign(code, "main", wrong)).isInstanceOf(DossierRefusedException.class)
                    .satisfies(e -> assertThat(((DossierRefusedException) e).messageKey())
                            .isEqualTo("services.dossier.refused.assignee"));
        }
        assertThat(tasksOf(code).get(0).getAssignee()).isNull();

        work.reassign(code, "main", colleague);
        assertThat(leg(code, "main").assignee()).isEqualTo(colleague);
        assertThat(tasksOf(code).get(0).getAssignee()).isEqualTo(colleague);
        work.reassign(code, "main", null);
        assertThat(leg(code, "main").assignee()).isNull();
        assertThat(tasksOf(code).get(0).getAssignee()).isNull();
    }

    @Test
    void anExtensionMovesTheRunningDeadlineTimer() {
        DossierCode code = file(MARRIAGE, Instant.now());
        Instant due = leg(code, "main").due();
        communeOfficer();
        work.extend(code, "main", 2, "Cần xác minh");
        Instant moved = leg(code, "main").due();
        assertThat(moved).isAfter(due);
        Job timer = management.createTimerJobQuery().processInstanceId(tasksOf(code).get(0).getProcessInstanceId())
                .elementId("deadline").singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(moved);
        assertThatThrownBy(() -> work.extend(code, "main", 0, "x")).isInstanceOf(DossierRefusedException.class);
        assertThat(leg(code, "main").due()).isEqualTo(moved);
    }

    @Test
    void aLateLegIsApologisedForOnceWithANewAppointment(Scenario scenario) {
        DossierCode code = file(MARRIAGE, Instant.now().minus(20, ChronoUnit.DAYS));
        String process = tasksOf(code).get(0).getProcessInstanceId();
        Job timer = management.createTimerJobQuery().processInstanceId(process).elementId("deadline").singleResult();
        scenario.stimulate(() -> management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId()))
                .andWaitForEventOfType(LegRunningLate.class).matching(e -> e.code().equals(code))
                .toArriveAndVerify(event -> {
                    assertThat(event.newAppointment()).isAfter(Instant.now());
                    assertThat(apologies(code)).isOne();
                    assertThat(messages(ApplicantNotices.LATE.key())).isPositive();
                    assertThat(leg(code, "main").late()).isTrue();
                    // the work goes on: the task is still there, the timer is spent
                    assertThat(tasksOf(code)).hasSize(1);
                    assertThat(management.createTimerJobQuery().processInstanceId(process).count()).isZero();
                });
    }

    @Test
    void aDeadlineThatFellDueWhileNoInstanceRanTimersIsApologisedForOnceTheyRunAgain() {
        // no executor runs (the tests' setting): the deadline passes as during a restart
        DossierCode code = file(MARRIAGE, Instant.now().minus(20, ChronoUnit.DAYS));
        String process = tasksOf(code).get(0).getProcessInstanceId();
        assertThat(management.createTimerJobQuery().processInstanceId(process).elementId("deadline").count()).isOne();
        assertThat(apologies(code)).isZero();
        engine.getAsyncExecutor().start();
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> apologies(code) == 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> management.createTimerJobQuery()
                    .processInstanceId(process).count() + management.createJobQuery().processInstanceId(process).count()
                    == 0);
        } finally {
            engine.getAsyncExecutor().shutdown();
        }
        assertThat(apologies(code)).isOne();
        assertThat(leg(code, "main").late()).isTrue();
    }

    long apologies(DossierCode code) {
        return jdbc.sql("SELECT count(*) FROM services.timeline WHERE dossier_code = :code AND kind = 'late'")
                .param("code", code.value()).query(Long.class).single();
    }
}
