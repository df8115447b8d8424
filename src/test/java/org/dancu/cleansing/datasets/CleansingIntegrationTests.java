package org.dancu.cleansing.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dancu.cleansing.CleansingFigures;
import org.dancu.cleansing.CleansingFixtures;
import org.dancu.register.Officers;
import org.dancu.cleansing.CleansingFixtures.TestPerson;
import org.dancu.cleansing.CleansingIndicators;
import org.dancu.cleansing.QualityFigure;
import org.dancu.cleansing.Sector;
import org.dancu.cleansing.evaluation.Evaluation;
import org.dancu.cleansing.figures.CleansingIndicatorSource;
import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.RegisterIndicators;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dancu.tabular.IntakeProblem;
import org.dancu.tabular.IntakeProgress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A tax dataset through upload, dry run, load and evaluation on the real database, then a death in the register. */
@SpringBootTest
class CleansingIntegrationTests {

    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired Datasets datasets;
    @Autowired Evaluation evaluation;
    @Autowired LifeEvents lifeEvents;
    @Autowired CleansingFigures figures;
    @Autowired JdbcClient jdbc;
    @Autowired CleansingIndicatorSource indicatorSource;

    @BeforeEach
    void signIn() {
        Officers.signIn("tinh.cleansing", Role.PROVINCE_OFFICER, new Scope("11", null));
    }

    @AfterEach
    void signOut() {
        Officers.signOut();
    }

    static long upload(Datasets datasets, String csv) throws IOException {
        return datasets.upload(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "thue.csv",
                new Datasets.Description(Sector.TAX, "SO_TC", "Mã số thuế cá nhân", "2024"));
    }

    static String row(TestPerson p, String pin, String taxCode) {
        return String.join(",", p.fullName(), pin, p.birthDate(), p.sex(), CleansingFixtures.MUONG_THANH, taxCode) + "\n";
    }

    static final String HEADER = "full_name,pin,birth_date,sex,commune_code,tax_code\n";

    private Map<String, Object> verdicts(long datasetId, int line) {
        return jdbc.sql("SELECT * FROM cleansing.record WHERE dataset_id = :d AND line = :l")
                .param("d", datasetId).param("l", line).query().singleRow();
    }

    @Test
    void rowsWithProblemsAreReportedAndTheLoadIsRefusedWithNothingLoaded() throws IOException {
        TestPerson p = CleansingFixtures.person(context, "M");
        long id = upload(datasets, HEADER + row(p, p.pin(), "8000000001")
                + "Thử Văn Sai,,31/02/1985,X,99999,8000000002\n" + ",,,,,\n");
        Dataset dataset = datasets.find(id).orElseThrow();

        long withProblems = datasets.dryRun(dataset, IntakeProgress.NONE);

        assertThat(withProblems).isEqualTo(1);
        assertThat(datasets.problems(dataset, 500)).extracting(IntakeProblem::code)
                .containsExactly("bad-birth-date", "unknown-commune", "bad-sex");
        Dataset checked = datasets.find(id).orElseThrow();
        assertThatThrownBy(() -> datasets.load(checked, IntakeProgress.NONE)).isInstanceOf(CleansingRefusal.class)
                .extracting(e -> ((CleansingRefusal) e).messageKey()).isEqualTo("cleansing.error.has-problems");
        assertThat(jdbc.sql("SELECT count(*) FROM cleansing.record WHERE dataset_id = :d").param("d", id)
                .query(Long.class).single()).isZero();
        assertThat(datasets.find(id).orElseThrow().status()).isEqualTo("CHECKED");
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsAProblemOfThatRow() throws IOException {
        TestPerson p = CleansingFixtures.person(context, "M");
        TestPerson q = CleansingFixtures.person(context, "F");
        long id = upload(datasets, HEADER + row(p, p.pin(), "8000000021") + row(q, q.pin(), "8000000022, Bản Bó"));
        Dataset dataset = datasets.find(id).orElseThrow();

        assertThat(datasets.dryRun(dataset, IntakeProgress.NONE)).isEqualTo(1);
        assertThat(datasets.problems(dataset, 500)).containsExactly(new IntakeProblem(3, IntakeProblem.WHOLE_ROW, "extra-cells"));
    }

    @Test
    void eachRecordGetsItsFourCriteriaWithReasonsAndADeathReopensIt() throws IOException {
        TestPerson alive = CleansingFixtures.person(context, "M");
        TestPerson dying = CleansingFixtures.person(context, "F");
        TestPerson badId = CleansingFixtures.person(context, "M");
        TestPerson noTax = CleansingFixtures.person(context, "F");
        long id = upload(datasets, HEADER + row(alive, alive.pin(), "8000000011") + row(dying, dying.pin(), "8000000012")
                + row(badId, "12345", "8000000013") + row(noTax, noTax.pin(), "")
                + row(alive, alive.pin(), "8000000011"));
        Dataset dataset = datasets.find(id).orElseThrow();
        assertThat(datasets.dryRun(dataset, IntakeProgress.NONE)).isZero();
        List<String> progress = new ArrayList<>();
        assertThat(datasets.load(datasets.find(id).orElseThrow(), (done, total) -> progress.add(done + "/" + total)))
                .isEqualTo(5);
        assertThat(progress).containsExactly("5/5");

        evaluation.evaluate(id);

        assertThat(verdicts(id, 2)).containsEntry("decision", "MATCH").containsEntry("person_id", alive.id())
                .containsEntry("link_source", "AUTOMATIC").containsEntry("correct_status", "OK")
                .containsEntry("complete_status", "OK").containsEntry("clean_status", "OK")
                .containsEntry("live_status", "OK");
        assertThat(verdicts(id, 3)).containsEntry("live_status", "OK").containsEntry("person_id", dying.id());
        assertThat(verdicts(id, 4)).containsEntry("correct_status", "FAIL").containsEntry("correct_reason", "pin-invalid")
                .containsEntry("correct_detail", "WRONG_LENGTH");
        assertThat(verdicts(id, 5)).containsEntry("complete_status", "FAIL")
                .containsEntry("complete_reason", "missing-fields").containsEntry("complete_detail", "tax_code");
        assertThat(verdicts(id, 6)).containsEntry("clean_status", "FAIL").containsEntry("clean_reason", "duplicate")
                .containsEntry("clean_detail", "2");
        assertThat((String) verdicts(id, 2).get("explanation")).contains("contributions");
        QualityFigure before = figures.ofDataset(id);
        assertThat(before.records()).isEqualTo(5);
        assertThat(before.live()).isEqualTo(5);

        Officers.signIn("xa.cleansing", Role.COMMUNE_OFFICER, new Scope(CleansingFixtures.MUONG_THANH, null));
        lifeEvents.record(dying.id(), new LifeEventRequest(LifeEventType.DEATH, LocalDate.of(2025, 1, 15),
                "Trích lục khai tử 1/2025", Map.of(), null), null).orElseThrow();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(verdicts(id, 3))
                .containsEntry("live_status", "FAIL").containsEntry("live_reason", "person-died")
                .containsEntry("live_detail", "2025-01-15").containsEntry("reopened_by", "PersonDied"));
        assertThat(verdicts(id, 2)).containsEntry("live_status", "OK");
        assertThat(figures.ofDataset(id).live()).isEqualTo(4);
    }

    @Test
    void theSteeringDashboardCountsRecordsMeetingAllFourCriteriaPerCommuneAndAgency() {
        Period month = Period.containing(PeriodType.MONTH, LocalDate.now());
        long[] before = taxCounts(month);
        TestPerson complete = CleansingFixtures.person(context, "M");
        TestPerson noTaxCode = CleansingFixtures.person(context, "F");
        CleansingFixtures.evaluatedDataset(context, CleansingFixtures.TAX_HEADER
                + CleansingFixtures.taxRow(complete, complete.pin(), CleansingFixtures.MUONG_THANH, "8600000091")
                + CleansingFixtures.taxRow(noTaxCode, noTaxCode.pin(), CleansingFixtures.MUONG_THANH, ""));

        long[] after = taxCounts(month);
        assertThat(after[0] - before[0]).isEqualTo(1);
        assertThat(after[1] - before[1]).isEqualTo(2);
        assertThatThrownBy(() -> indicatorSource.count(RegisterIndicators.COMPLETE, List.of(month)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Numerator and denominator of the tax indicator summed over the agency's counts for the month. */
    private long[] taxCounts(Period month) {
        List<IndicatorCount> counts = indicatorSource.count(CleansingIndicators.TAX, List.of(month));
        assertThat(counts).allSatisfy(count -> assertThat(count.period()).isEqualTo(month));
        return counts.stream().filter(count -> "SO_TC".equals(count.agencyCode()))
                .map(count -> new long[] {count.numerator(), count.denominator()})
                .reduce(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
    }
}
