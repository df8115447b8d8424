package org.dancu.cleansing;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.dancu.civil.PersonName;
import org.dancu.cleansing.datasets.CleansingRefusal;
import org.dancu.cleansing.datasets.Dataset;
import org.dancu.cleansing.datasets.DatasetVersions;
import org.dancu.cleansing.datasets.Datasets;
import org.dancu.cleansing.evaluation.Evaluation;
import org.dancu.register.Officers;
import org.dancu.register.PersonsImported;
import org.dancu.register.RegisterFixture;
import org.dancu.register.RegisterTestData;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.tabular.IntakeProgress;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Register persons of the cleansing tests' own, added beside whatever the register holds: PINs of
 * Cà Mau (096), which the synthetic Điện Biên never issues, born in 1960–1979, which no other test uses.
 */
public final class CleansingFixtures {

    public static final String MUONG_THANH = "03334";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String[] GIVEN = {"Khải", "Luận", "Mẫn", "Nghị", "Phác", "Quyết", "Sảng", "Thạc", "Uyển",
            "Vịnh", "Xuyến", "Yểng"};

    public record TestPerson(long id, String pin, String fullName, String birthDate, String sex) {
    }

    private CleansingFixtures() {
    }

    /**
     * The register's own test population is loaded first, by the register's test helper: its loader
     * fills only an empty register, so persons added here before it ran would stop it.
     */
    private static synchronized void ensureRegisterLoaded(ApplicationContext context) {
        try {
            RegisterTestData.ensureLoaded(context);
        } catch (IOException e) {
            throw new UncheckedIOException("the register's test data could not be loaded", e);
        }
    }

    /**
     * A living resident of Mường Thanh with a unique name and PIN, added as an applied import adds
     * persons: with {@link PersonsImported} published, and every listener (the register's matching,
     * cleansing) done with it before this returns.
     */
    public static TestPerson person(ApplicationContext context, String sex) {
        ensureRegisterLoaded(context);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        int drawn;
        String candidate;
        do {
            drawn = SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 100_000) * 100;
            candidate = String.format("096%d%02d%06d", "F".equals(sex) ? 1 : 0, (1960 + Math.floorMod(drawn, 20)) % 100,
                    Math.floorMod(drawn * 7919, 1_000_000));
        } while (taken(jdbc, candidate));
        int n = drawn;
        int year = 1960 + Math.floorMod(n, 20);
        String pin = candidate;
        String family = "Thử";
        String middle = GIVEN[Math.floorMod(n / 12, GIVEN.length)];
        String given = GIVEN[Math.floorMod(n, GIVEN.length)] + " " + GIVEN[Math.floorMod(n / 144, GIVEN.length)];
        String fullName = PersonName.of(family, middle, given).fullName();
        String birth = year + "-03-1" + Math.floorMod(n, 10);
        long id = context.getBean(TransactionTemplate.class).execute(status -> {
            long added = RegisterFixture.add(jdbc, new RegisterFixture.Resident(null, pin, family, middle, given,
                    fullName, birth, year, sex, null, MUONG_THANH, MUONG_THANH, "Tổ 1"));
            context.publishEvent(new PersonsImported(-added, 1, Set.of(MUONG_THANH)));
            return added;
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        SELECT count(*) FROM event_publication WHERE event_type = :type
                        AND (serialized_event::jsonb ->> 'jobId')::bigint = :job AND completion_date IS NULL""")
                .param("type", PersonsImported.class.getName()).param("job", -id).query(Long.class).single() == 0);
        return new TestPerson(id, pin, fullName, birth, sex);
    }

    /** Whether the register (kept between runs, and shared by every test) already holds this ID. */
    private static boolean taken(JdbcClient jdbc, String pin) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM register.person WHERE pin = :pin)").param("pin", pin)
                .query(Boolean.class).single();
    }

    /** The name with one letter of the middle name doubled, as a hurried clerk types it. */
    public static String withTypo(String fullName) {
        String[] words = fullName.split(" ");
        words[1] = words[1].charAt(0) + words[1];
        return String.join(" ", words);
    }

    public static final String TAX_HEADER = "full_name,pin,birth_date,sex,commune_code,tax_code\n";

    /** A CSV row of a tax dataset for the person, with the PIN and tax code given. */
    public static String taxRow(TestPerson p, String pin, String commune, String taxCode) {
        return String.join(",", p.fullName(), pin, p.birthDate(), p.sex(), commune, taxCode) + "\n";
    }

    /**
     * A tax dataset of the finance department (SO_TC) uploaded, checked, loaded and evaluated by a province officer (signed in on this
     * thread for the time of it, then signed out); returns its id.
     */
    public static long evaluatedDataset(ApplicationContext context, String csv) {
        return evaluatedDataset(context, csv, null);
    }

    /** As {@link #evaluatedDataset(ApplicationContext, String)}, as a new version of the dataset given (null: none). */
    public static long evaluatedDataset(ApplicationContext context, String csv, Long replaces) {
        return evaluatedDataset(context, Sector.TAX, "SO_TC", csv, replaces);
    }

    /**
     * A dataset of the sector and agency given, uploaded, checked, loaded and evaluated by a province
     * officer, as a new version of the dataset given (null: none); returns its id.
     */
    public static long evaluatedDataset(ApplicationContext context, Sector sector, String agency, String csv,
                                        Long replaces) {
        Officers.signIn("tinh.fixtures", Role.PROVINCE_OFFICER, new Scope("11", null));
        try {
            Datasets datasets = context.getBean(Datasets.class);
            boolean tax = sector == Sector.TAX;
            long id = datasets.upload(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    tax ? "thue.csv" : sector.name().toLowerCase(java.util.Locale.ROOT) + ".csv",
                    new Datasets.Description(sector, agency, (tax ? "Mã số thuế " : "Bộ dữ liệu ") + id(), "2024",
                            replaces));
            Dataset dataset = datasets.find(id).orElseThrow();
            datasets.dryRun(dataset, IntakeProgress.NONE);
            datasets.load(datasets.find(id).orElseThrow(), IntakeProgress.NONE);
            context.getBean(Evaluation.class).evaluate(id);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Officers.signOut();
        }
    }

    /**
     * The message key of the refusal of an upload by the officer signed in on this thread; fails when
     * the file is accepted.
     */
    public static String uploadRefusal(ApplicationContext context, String csv, String fileName, Sector sector,
                                       String agency, String title, String period) {
        try {
            long id = context.getBean(Datasets.class).upload(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    fileName, new Datasets.Description(sector, agency, title, period));
            throw new AssertionError("the upload was accepted as dataset " + id);
        } catch (CleansingRefusal refusal) {
            return refusal.messageKey();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Withdraws a loaded dataset, as its agency would: its records leave the figures. */
    public static void withdraw(ApplicationContext context, long datasetId, String reason) {
        context.getBean(DatasetVersions.class).withdraw(context.getBean(Datasets.class).find(datasetId).orElseThrow(),
                reason);
    }

    /**
     * A tax dataset of more records than a list's page holds, all in Mường Thanh, evaluated: a person
     * of the register with every field, one without a tax code, and 110 persons the register does not know.
     */
    public static long severalPagesDataset(ApplicationContext context) {
        TestPerson complete = person(context, "M");
        TestPerson noTaxCode = person(context, "F");
        StringBuilder csv = new StringBuilder(TAX_HEADER)
                .append(taxRow(complete, complete.pin(), MUONG_THANH, "8700000001"))
                .append(taxRow(noTaxCode, noTaxCode.pin(), MUONG_THANH, ""));
        int file = id();
        for (int i = 0; i < 110; i++) {
            csv.append("Người Chưa Có ").append(i).append(",,1971,M,").append(MUONG_THANH)
                    .append(String.format(",87%06d%02d", file, i % 100)).append('\n');
        }
        return evaluatedDataset(context, csv.toString());
    }

    /** Puts a record in the review queue with the candidate given, as a borderline score would. */
    public static long openForReview(JdbcClient jdbc, long datasetId, int line, long candidateId) {
        long recordId = jdbc.sql("""
                        UPDATE cleansing.record SET decision = 'REVIEW', review_status = 'OPEN', candidate_id = :candidate,
                            probability = 0.8, person_id = NULL, link_source = NULL
                        WHERE dataset_id = :dataset AND line = :line RETURNING record_id""")
                .param("candidate", candidateId).param("dataset", datasetId).param("line", line)
                .query(Long.class).single();
        // a record left for review was never linked, so nothing was filled in from the register
        jdbc.sql("DELETE FROM cleansing.enrichment WHERE record_id = :id").param("id", recordId).update();
        return recordId;
    }

    /** A person's record, sent without the PIN in a tax dataset of its own, in review with the person as candidate. */
    public record InReview(TestPerson person, long datasetId, long recordId) {
    }

    public static InReview inReview(ApplicationContext context, String sex, String taxCode) {
        TestPerson person = person(context, sex);
        long dataset = evaluatedDataset(context, TAX_HEADER + taxRow(person, "", MUONG_THANH, taxCode));
        return new InReview(person, dataset, openForReview(context.getBean(JdbcClient.class), dataset, 2, person.id()));
    }

    private static int id() {
        return SEQUENCE.incrementAndGet();
    }

    /**
     * A land dataset of the agency with one record linked to the person, as a linking run leaves it:
     * the person becomes reachable by the agency's officers. Delete it with {@link #removeDataset}.
     */
    public static long linkToAgency(JdbcClient jdbc, String agency, long personId) {
        long dataset = jdbc.sql("""
                        INSERT INTO cleansing.dataset (sector, agency_code, title, period, file_name, header, status,
                                                       rows_total, created_by)
                        VALUES ('LAND', :agency, 'agency scope test', '2026', 'scope.csv', '{}', 'LOADED', 1, 'test')
                        RETURNING dataset_id""").param("agency", agency).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO cleansing.record (dataset_id, line, full_name, person_id, link_source)
                        SELECT :dataset, 2, full_name, person_id, 'AUTOMATIC' FROM register.person
                        WHERE person_id = :person""")
                .param("dataset", dataset).param("person", personId).update();
        return dataset;
    }

    /** Deletes a dataset {@link #linkToAgency} made. */
    public static void removeDataset(JdbcClient jdbc, long dataset) {
        removeDatasets(jdbc, List.of(dataset));
    }

    /** Deletes the datasets and their later versions. */
    public static void removeDatasets(JdbcClient jdbc, List<Long> datasets) {
        jdbc.sql("DELETE FROM cleansing.dataset WHERE dataset_id IN (:ids) OR series_id IN (:ids)")
                .param("ids", datasets.isEmpty() ? List.of(-1L) : datasets).update();
    }
}
