package org.dancu.register.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditTrail;
import org.dancu.audit.Outcome;
import org.dancu.register.BulkImport;
import org.dancu.audit.LedgerSuperuser;
import org.dancu.register.ImportFixtures;
import org.dancu.register.PersonsImported;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.Officers;
import org.dancu.register.PersonField;
import org.dancu.register.RegisterTestData;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.tabular.IntakeProblem;
import org.dancu.tabular.IntakeProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** Import jobs on the real database: every problem with its reason, and an apply that is all or nothing. */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class RegisterImportTests {

    private static final String HEADER = "Số định danh,Họ và tên,Ngày sinh,Giới tính,Mã xã,Địa chỉ\n";

    @Autowired RegisterImports imports;
    @Autowired ImportJobs jobs;
    @Autowired ImportPass pass;
    @Autowired BulkImport bulkImport;
    @TempDir Path directory;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail trail;
    @Autowired DataSource dataSource;
    @Autowired LifeEvents lifeEvents;
    @RegisterExtension final ImportFixtures fixtures = new ImportFixtures();
    private final RegisterImports.Officer officer = new RegisterImports.Officer("import.tester",
            new Scope(ImportFixtures.MUONG_THANH, null), Actor.staff("import.tester"), "127.0.0.1");

    private ImportJob upload(String csv) {
        return imports.upload(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "dan-cu.csv", null,
                officer);
    }

    private ImportJob check(ImportJob job, boolean dayFirst) {
        job.startCheck(job.mapping(), dayFirst, officer.origin());
        jobs.save(job);
        pass.dryRun(new ImportPass.Batch(job.jobId(), officer), IntakeProgress.NONE);
        return jobs.findById(job.jobId()).orElseThrow();
    }

    private ImportJob apply(ImportJob job, boolean skip) {
        job.startApply(skip, officer.origin());
        jobs.save(job);
        pass.load(new ImportPass.Batch(job.jobId(), officer), IntakeProgress.NONE);
        return jobs.findById(job.jobId()).orElseThrow();
    }

    private List<IntakeProblem> problems(long jobId) {
        return pass.problems(new ImportPass.Batch(jobId, officer), 1000);
    }

    @Test
    void aPersonOutsideTheOfficersAreaIsNeitherComparedNorDescribedAndTheLookupIsAudited() {
        Map<String, Object> outside = RegisterTestData.personInScope(jdbc, ImportFixtures.MUONG_THANH, false);
        Map<String, Object> inside = RegisterTestData.personInScope(jdbc, ImportFixtures.MUONG_THANH, true);
        String csv = HEADER
                + outside.get("pin") + ",Tên Khác Hẳn,01/01/" + outside.get("birth_year") + ",Nam,03334,\n"
                + inside.get("pin") + ",Tên Khác Hẳn,01/01/" + inside.get("birth_year") + ",Nam,03334,\n";
        ImportJob checked = check(upload(csv), true);

        assertThat(problems(checked.jobId())).filteredOn(p -> p.line() == 2).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ImportProblem.REGISTERED_ELSEWHERE.name());
            assertThat(p.detail()).isNull();
        });
        assertThat(problems(checked.jobId())).filteredOn(p -> p.line() == 3).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(ImportProblem.CONFLICTS_WITH_REGISTER.name()));
        assertThat(trail.findByObject("person", (String) outside.get("pin"), 10)).anySatisfy(r -> {
            assertThat(r.entry().action()).isEqualTo("register.person.compare");
            assertThat(r.entry().outcome()).isEqualTo(Outcome.DENIED);
            assertThat(r.entry().actor()).isEqualTo(Actor.staff("import.tester"));
        });
        assertThat(trail.findByObject("person", (String) inside.get("pin"), 10)).anySatisfy(r -> {
            assertThat(r.entry().action()).isEqualTo("register.person.compare");
            assertThat(r.entry().outcome()).isEqualTo(Outcome.SUCCESS);
        });
    }

    @Test
    void everyBadRowIsReportedWithItsReasonAndNothingIsWritten() {
        Map<String, Object> existing = RegisterTestData.personInScope(jdbc, ImportFixtures.MUONG_THANH, true);
        String good = fixtures.pin(1985, 'M');
        String twice = fixtures.pin(1990, 'F');
        String outside = fixtures.communeOutsideMuongThanh();
        String csv = HEADER
                + good + ",Lò Văn Hùng,12/03/1985,Nam,03334,Bản Co Củ\n"                         // line 2: fine
                + "1108500000,Lò Văn A,12/03/1985,Nam,03334,\n"                                    // 3: 10 digits
                + fixtures.pin(1985, 'F') + ",Lò Văn B,12/03/1985,Nam,03334,\n"                    // 4: ID says female
                + fixtures.pin(1970, 'M') + ",Lò Văn C,12/03/1985,Nam,03334,\n"                    // 5: ID says 1970
                + fixtures.pin(1990, 'M') + ",Lò Văn D,31/02/1990,Nam,03334,\n"                    // 6: 31 February
                + fixtures.pin(1990, 'M') + ",Lò Văn E,12/03/1990,Nam,99999,\n"                    // 7: no such commune
                + fixtures.pin(1990, 'M') + ",Lò Văn G,12/03/1990,Nam," + outside + ",\n"         // 8: outside scope
                + twice + ",Lò Thị H,12/03/1990,Nữ,03334,\n"                                       // 9: twice
                + twice + ",Lò Thị I,12/03/1990,Nữ,03334,\n"                                       // 10: twice
                + existing.get("pin") + ",Tên Khác Hẳn,01/01/" + existing.get("birth_year") + ",Nam,03334,\n" // 11
                + fixtures.pin(1990, 'M') + ",,12/03/1990,Nam,03334,\n";                           // 12: no name
        ImportJob checked = check(upload(csv), true);

        assertThat(checked.status()).isEqualTo(ImportJob.Status.CHECKED);
        assertThat(checked.rowsTotal()).isEqualTo(11);
        assertThat(checked.rowsWithProblems()).isEqualTo(10);
        assertThat(checked.problemCounts()).containsEntry(ImportProblem.INVALID_PIN, 1L)
                .containsEntry(ImportProblem.PIN_SEX_MISMATCH, 1L)
                .containsEntry(ImportProblem.PIN_BIRTH_YEAR_MISMATCH, 1L)
                .containsEntry(ImportProblem.INVALID_DATE, 1L)
                .containsEntry(ImportProblem.UNKNOWN_COMMUNE, 1L)
                .containsEntry(ImportProblem.OUTSIDE_SCOPE, 1L)
                .containsEntry(ImportProblem.DUPLICATE_IN_FILE, 2L)
                .containsEntry(ImportProblem.CONFLICTS_WITH_REGISTER, 1L)
                .containsEntry(ImportProblem.MISSING_FIELD, 1L);
        assertThat(problems(checked.jobId())).contains(
                new IntakeProblem(3, "pin", "INVALID_PIN", "WRONG_LENGTH"),
                new IntakeProblem(4, "sex", "PIN_SEX_MISMATCH", null),
                new IntakeProblem(5, "birth_date", "PIN_BIRTH_YEAR_MISMATCH", null),
                new IntakeProblem(6, "birth_date", "INVALID_DATE", "IMPOSSIBLE_DATE"),
                new IntakeProblem(7, "commune_code", "UNKNOWN_COMMUNE", null),
                new IntakeProblem(8, "commune_code", "OUTSIDE_SCOPE", null),
                new IntakeProblem(9, "pin", "DUPLICATE_IN_FILE", "9, 10"),
                new IntakeProblem(10, "pin", "DUPLICATE_IN_FILE", "9, 10"),
                new IntakeProblem(12, "full_name", "MISSING_FIELD", null));
        assertThat(problems(checked.jobId())).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(11);
            assertThat(problem.code()).isEqualTo("CONFLICTS_WITH_REGISTER");
            assertThat(problem.detail()).contains("full_name");
        });
        assertThat(fixtures.persons(List.of(good, twice))).isZero();
        List<IntakeProblem> reported = problems(checked.jobId());

        ImportJob refused = apply(checked, false);
        assertThat(refused.status()).isEqualTo(ImportJob.Status.CHECKED);
        assertThat(refused.failure()).isEqualTo("register.import.error.blocked");
        assertThat(fixtures.persons(List.of(good, twice))).isZero();
        // the refused apply checked every row again: the same problems stay in the report
        assertThat(refused.rowsWithProblems()).isEqualTo(10);
        assertThat(problems(refused.jobId())).containsExactlyInAnyOrderElementsOf(reported);
    }

    /**
     * A one-word name, a name longer than the register keeps and a row split by an unquoted comma were
     * accepted by the dry run and then failed the apply without a row number; now the dry run refuses
     * each with its line and reason, and the apply that leaves them out stores the rest.
     */
    @Test
    void whatTheDryRunAcceptsTheApplyStoresAndWhatCannotBeStoredIsRefusedByLine() {
        String good = fixtures.pin(1985, 'M');
        String csv = HEADER
                + good + ",Lò Văn Hùng,12/03/1985,Nam,03334,Bản Co Củ\n"                             // 2: fine
                + fixtures.pin(1985, 'M') + ",Páo,12/03/1985,Nam,03334,\n"                            // 3: one word
                + fixtures.pin(1985, 'M') + ",Lò " + "Văn ".repeat(74) + "Hùng,12/03/1985,Nam,03334,\n" // 4: 303 chars
                + fixtures.pin(1985, 'M') + ",Lò Văn Sơn,12/03/1985,Nam,03334,Bản Bó, xã Thanh Nưa\n"; // 5: split
        ImportJob checked = check(upload(csv), true);

        assertThat(checked.rowsWithProblems()).isEqualTo(3);
        assertThat(problems(checked.jobId())).containsExactlyInAnyOrder(
                new IntakeProblem(3, "full_name", "INVALID_NAME", "NO_FAMILY_NAME"),
                new IntakeProblem(4, "full_name", "INVALID_NAME", "TOO_LONG"),
                new IntakeProblem(5, "row", "EXTRA_CELLS", null));

        ImportJob applied = apply(checked, true);
        assertThat(applied.status()).isEqualTo(ImportJob.Status.APPLIED);
        assertThat(applied.rowsAdded()).isEqualTo(1);
        assertThat(fixtures.persons(List.of(good))).isEqualTo(1);
    }

    /**
     * A name read in the wrong encoding cannot be repaired safely and is refused with its line; a
     * decomposed name with the new tone placement is stored as the register writes names.
     */
    @Test
    void misDecodedNamesAreRefusedAndOtherSpellingsAreStoredNormalised() {
        String decomposed = fixtures.pin(1990, 'F');
        String csv = HEADER
                + decomposed + "," + Normalizer.normalize("Lò Thị Thuỳ", Normalizer.Form.NFD)
                + ",12/03/1990,Nữ,03334,\n"
                + fixtures.pin(1985, 'M') + ",Ñoã Văn An,12/03/1985,Nam,03334,\n"
                + fixtures.pin(1985, 'M') + ",BĂši Văn Hùng,12/03/1985,Nam,03334,\n";
        ImportJob checked = check(upload(csv), true);
        assertThat(problems(checked.jobId())).containsExactlyInAnyOrder(
                new IntakeProblem(3, "full_name", "INVALID_NAME", "MIS_DECODED"),
                new IntakeProblem(4, "full_name", "INVALID_NAME", "MIS_DECODED"));

        assertThat(apply(checked, false).status()).as("refused rows block the apply").isEqualTo(ImportJob.Status.CHECKED);
        assertThat(fixtures.persons(List.of(decomposed))).isZero();
        ImportJob applied = apply(jobs.findById(checked.jobId()).orElseThrow(), true);
        assertThat(applied.rowsAdded()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT full_name FROM register.person WHERE pin = :pin").param("pin", decomposed)
                .query(String.class).single()).isEqualTo("Lò Thị Thùy");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM event_publication WHERE event_type = :type
                        AND (serialized_event::jsonb ->> 'jobId')::bigint = :job""")
                .param("type", PersonsImported.class.getName()).param("job", applied.jobId())
                .query(Long.class).single()).as("the applied import is announced, so its figures follow").isPositive();
    }

    @Test
    void ambiguousDatesAreReportedWhenTheOrderIsUnknown() {
        String csv = HEADER + fixtures.pin(1990, 'M') + ",Lò Văn Ân,03/04/1990,Nam,03334,\n";
        ImportJob checked = check(upload(csv), false);
        assertThat(checked.problemCounts()).containsOnlyKeys(ImportProblem.AMBIGUOUS_DATE);
        assertThat(check(checked, true).problemCounts()).isEmpty();
    }

    @Test
    void applyingTwiceAddsOnceAndTheSecondRunChangesNothing() {
        List<String> pins = List.of(fixtures.pin(1985, 'M'), fixtures.pin(2001, 'F'), fixtures.pin(1950, 'F'));
        String csv = HEADER
                + pins.get(0) + ",Quàng Văn Sơn,12/03/1985,Nam,03334,Tổ 5 phường Mường Thanh\n"
                + pins.get(1) + ",Lò Thị Ngọc Ánh,2001,Nữ,03334,\n"
                + pins.get(2) + ",Cà Thị Xuân,05/1950,F,03334,\n";
        ImportJob first = apply(check(upload(csv), true), false);
        assertThat(first.status()).isEqualTo(ImportJob.Status.APPLIED);
        assertThat(first.rowsAdded()).isEqualTo(3);
        assertThat(fixtures.persons(pins)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM register.life_event WHERE type = 'REGISTRATION' AND source = :source")
                .param("source", "import:" + first.jobId()).query(Long.class).single()).isEqualTo(3);
        Map<String, Object> stored = jdbc.sql("SELECT full_name, birth_date, birth_year, sex, current_commune_code"
                + " FROM register.person WHERE pin = :pin").param("pin", pins.get(2)).query().singleRow();
        assertThat(stored).containsEntry("full_name", "Cà Thị Xuân").containsEntry("birth_date", "1950-05")
                .containsEntry("birth_year", 1950).containsEntry("sex", "F");
        long imported = jdbc.sql("SELECT person_id FROM register.person WHERE pin = :pin").param("pin", pins.get(2))
                .query(Long.class).single();
        Officers.signIn("import.tester", Role.COMMUNE_OFFICER, officer.scope());
        try {
            assertThat(lifeEvents.history(imported, LocalDate.now(), null).orElseThrow().events())
                    .singleElement().satisfies(entry -> {
                        assertThat(entry.type()).isEqualTo(LifeEventType.REGISTRATION);
                        assertThat(entry.sets()).containsEntry(PersonField.GIVEN_NAME, "Xuân")
                                .containsEntry(PersonField.COMMUNE_CODE, "03334").doesNotContainKey(PersonField.ADDRESS);
                        assertThat(entry.replaced()).isEmpty();
                    });
        } finally {
            Officers.signOut();
        }
        assertThat(trail.findByObject("import-job", String.valueOf(first.jobId()), 10))
                .extracting(r -> r.entry().action()).contains("register.import.apply", "register.import.check");

        ImportJob again = upload(csv);
        assertThat(imports.earlierApplications(again)).extracting(ImportJob::jobId).containsExactly(first.jobId());
        ImportJob second = apply(check(again, true), false);
        assertThat(second.status()).isEqualTo(ImportJob.Status.APPLIED);
        assertThat(second.rowsAdded()).isZero();
        assertThat(second.rowsUnchanged()).isEqualTo(3);
        assertThat(fixtures.persons(pins)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM register.life_event WHERE source = :source")
                .param("source", "import:" + second.jobId()).query(Long.class).single()).isZero();
    }

    @Test
    void rowsWithProblemsAreLeftOutOnlyWhenTheOfficerChoosesSo() {
        String good = fixtures.pin(1985, 'M');
        String csv = HEADER + good + ",Quàng Văn Sơn,12/03/1985,Nam,03334,\n"
                + "abc,Quàng Văn Tú,12/03/1985,Nam,03334,\n";
        ImportJob applied = apply(check(upload(csv), true), true);
        assertThat(applied.status()).isEqualTo(ImportJob.Status.APPLIED);
        assertThat(applied.rowsAdded()).isEqualTo(1);
        assertThat(applied.rowsWithProblems()).isEqualTo(1);
        assertThat(fixtures.persons(List.of(good))).isEqualTo(1);
    }

    /** An apply run as the officer's page runs it, on the job runner, until the import job leaves it. */
    private ImportJob applyOnTheRunner(ImportJob job) throws InterruptedException {
        imports.apply(job, false, officer);
        for (int attempt = 0; attempt < 600; attempt++) {
            ImportJob now = jobs.findById(job.jobId()).orElseThrow();
            if (!now.running()) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import job " + job.jobId() + " did not end");
    }

    @Test
    void aFailureWhileApplyingLeavesNoRowAtAll() throws InterruptedException {
        List<String> pins = List.of(fixtures.pin(1985, 'M'), fixtures.pin(1986, 'M'));
        String csv = HEADER + pins.get(0) + ",Quàng Văn Sơn,12/03/1985,Nam,03334,\n"
                + pins.get(1) + ",Quàng Văn Tú,12/03/1986,Nam,03334,\n";
        ImportJob checked = check(upload(csv), true);
        // the registration events are written after the persons, in the same transaction: make them fail
        try (LedgerSuperuser owner = LedgerSuperuser.honest(dataSource)) {
            owner.jdbc().sql("""
                    CREATE FUNCTION register.refuse_event() RETURNS trigger LANGUAGE plpgsql AS
                    $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$""").update();
            owner.jdbc().sql("CREATE TRIGGER refuse_event BEFORE INSERT ON register.life_event FOR EACH ROW"
                    + " WHEN (NEW.source = 'import:" + checked.jobId() + "') EXECUTE FUNCTION register.refuse_event()")
                    .update();
            try {
                ImportJob failed = applyOnTheRunner(checked);
                assertThat(failed.status()).isEqualTo(ImportJob.Status.CHECKED);
                assertThat(failed.failure()).isEqualTo("register.import.error.failed");
                assertThat(fixtures.persons(pins)).isZero();
                assertThat(trail.findByObject("import-job", String.valueOf(checked.jobId()), 10)).anySatisfy(r -> {
                    assertThat(r.entry().action()).isEqualTo("register.import.apply");
                    assertThat(r.entry().outcome()).isEqualTo(Outcome.FAILED);
                    assertThat(r.entry().actor()).isEqualTo(Actor.staff("import.tester"));
                });
            } finally {
                owner.jdbc().sql("DROP TRIGGER refuse_event ON register.life_event").update();
                owner.jdbc().sql("DROP FUNCTION register.refuse_event()").update();
            }
        }
    }

    @Test
    void anImportThatAtLeastDoublesTheRegisterRebuildsItsIndexesAsTheyWere() {
        List<String> before = BulkWriteTests.definitions(jdbc);
        long communeIndex = BulkWriteTests.indexId(jdbc, "register.person_commune");
        long present = jdbc.sql("SELECT count(*) FROM register.person").query(Long.class).single();
        StringBuilder csv = new StringBuilder(HEADER);
        List<String> pins = new ArrayList<>();
        for (int i = 0; i < present; i++) {
            String pin = fixtures.pin(1960 + i % 50, 'F');
            pins.add(pin);
            csv.append(pin).append(",Mùa Thị Dợ Bulk,").append(1960 + i % 50).append(",Nữ,03334,\n");
        }
        ImportJob applied = apply(check(upload(csv.toString()), true), false);
        assertThat(applied.status()).isEqualTo(ImportJob.Status.APPLIED);
        assertThat(applied.rowsAdded()).isEqualTo(present);
        assertThat(BulkWriteTests.indexId(jdbc, "register.person_commune")).as("rebuilt, not kept")
                .isNotEqualTo(communeIndex);
        assertThat(BulkWriteTests.definitions(jdbc)).isEqualTo(before);
        // each new person's four word starts, once: "mua thi do bulk", "thi do bulk", "do bulk", "bulk"
        assertThat(jdbc.sql("""
                SELECT count(*) FROM register.person_name_word w JOIN register.person p USING (person_id)
                WHERE p.pin IN (:pins)""").param("pins", pins).query(Long.class).single()).isEqualTo(4 * present);
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT w.person_id) FROM register.person_name_word w
                JOIN register.person p USING (person_id) WHERE w.words LIKE 'do bulk%' AND p.pin IN (:pins)""")
                .param("pins", pins).query(Long.class).single()).isEqualTo(present);
    }

    @Test
    void unreadableFilesAreRefusedAtUploadAndNothingIsKept() {
        byte[] binary = {0, 1, 2, 3, 0, 0, (byte) 0xFF, 0};
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> imports.upload(
                new ByteArrayInputStream(binary), "x.csv", null, officer)))
                .isInstanceOf(org.dancu.tabular.TabularException.class)
                .extracting(e -> ((org.dancu.tabular.TabularException) e).messageKey())
                .isEqualTo("tabular.error.binary");
        assertThat(jobs.latestOf(officer.username(), 100)).noneMatch(job -> job.fileName().equals("x.csv"));
    }

    /**
     * An applied import is published once, as {@link PersonsImported}, naming how many persons it added and the
     * current communes they live in (an old code in the file counted as today's commune), so that the figures of
     * exactly those communes can follow.
     */
    @Test
    void anAppliedImportNamesTheCurrentCommunesOfThePersonsItAdded(Scenario scenario) throws Exception {
        List<String> pins = List.of(fixtures.pin(1984, 'M'), fixtures.pin(1990, 'F'));
        String elsewhere = fixtures.communeOutsideMuongThanh();
        Path file = directory.resolve("dan-cu.csv");
        Files.writeString(file, "Số định danh,Họ và tên,Ngày sinh,Giới tính,Mã xã\n"
                + pins.get(0) + ",Lò Văn Pánh,12/03/1984,Nam," + ImportFixtures.MUONG_THANH + "\n"
                + pins.get(1) + ",Quàng Thị Ún,05/06/1990,Nữ," + elsewhere + "\n", StandardCharsets.UTF_8);

        scenario.stimulate(() -> bulkImport.run(file, Map.of(), false))
                .andWaitForEventOfType(PersonsImported.class)
                .matching(event -> event.added() == pins.size())
                .toArriveAndVerify(event -> {
                    var stored = new HashSet<>(jdbc.sql("SELECT DISTINCT current_commune_code FROM register.person"
                            + " WHERE pin IN (:pins)").param("pins", pins).query(String.class).list());
                    assertThat(stored).hasSize(2).doesNotContainNull();
                    assertThat(event.communes()).isEqualTo(stored);
                });
    }
}
