package org.dancu.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.services.Channel;
import org.dancu.services.ComponentSource;
import org.dancu.services.Dossiers;
import org.dancu.services.LegDefinition;
import org.dancu.services.NewDossier;
import org.dancu.services.Procedure;
import org.dancu.services.ProcedureFamily;
import org.dancu.services.Procedures;
import org.dancu.services.SuppliedComponent;
import org.dancu.workdays.Workdays;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public services' speed targets (docs/benchmarks.md): dossiers filed per second through
 * {@code Dossiers.file} (the procedure read, the legs and the first leg's clock, the workflow started, the
 * ledger entry) against its peer in the same run, the same dossiers' rows inserted without the engine; then,
 * with {@code services.open} open dossiers in the queues, the officers' queue and dossier pages over HTTP.
 * Runs alternate; figures are medians, and every run's figure is printed.
 */
final class ServicesBenchmark {

    private static final int PEOPLE = Integer.getInteger("services.people", 20_000);
    private static final int DOSSIERS = Integer.getInteger("services.dossiers", 2_000);
    private static final int WRITERS = Integer.getInteger("services.writers", 8);
    private static final int OPEN = Integer.getInteger("services.open", 100_000);
    private static final int REQUESTS = Integer.getInteger("services.requests", 200);
    private static final int RUNS = 3;

    private final ConfigurableApplicationContext context;
    private final JdbcClient jdbc;
    private final Dossiers dossiers;
    private final Workdays workdays;
    private final TransactionTemplate transaction;
    private final List<Procedure> catalogue;
    private final List<Pin> applicants;
    private final String commune;
    private final AtomicLong peerNumbers = new AtomicLong();

    private ServicesBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.dossiers = context.getBean(Dossiers.class);
        this.workdays = context.getBean(Workdays.class);
        this.transaction = context.getBean(TransactionTemplate.class);
        this.catalogue = context.getBean(Procedures.class).all(LocalDate.now(ProvinceTime.VIETNAM)).stream()
                .filter(p -> p.family() == ProcedureFamily.SINGLE_AGENCY).toList();
        this.commune = jdbc.sql("SELECT current_commune_code FROM register.person WHERE alive AND resident"
                + " AND pin IS NOT NULL AND current_commune_code IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
                .query(String.class).single();
        this.applicants = jdbc.sql("SELECT pin FROM register.person WHERE alive AND resident AND pin IS NOT NULL"
                        + " AND current_commune_code = :commune LIMIT 5000")
                .param("commune", commune).query(String.class).list().stream().map(Pin::of).toList();
    }

    static void run() {
        DemoServer.run("services", PEOPLE, context -> new ServicesBenchmark(context).measure());
    }

    private void measure() {
        System.out.println("public services benchmark; " + Measure.machine() + "; load average "
                + Measure.loadAverage() + " (a shared machine: see docs/benchmarks.md)");
        intake();
        pages();
    }

    /** Dossiers filed with their workflow started, against the same dossiers' rows inserted without the engine. */
    private void intake() {
        System.out.printf("%n%,d dossiers a run by %d threads (single-agency procedures of the catalogue, commune %s),"
                + " filing and inserting runs alternating, median of %d runs%n%n", DOSSIERS, WRITERS, commune, RUNS);
        Measure.callsPerSecond(WRITERS, 50, this::file);
        Measure.callsPerSecond(WRITERS, 50, this::insert);
        double[] filed = new double[RUNS];
        double[] inserted = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            filed[run] = Measure.callsPerSecond(WRITERS, DOSSIERS / WRITERS, this::file);
            inserted[run] = Measure.callsPerSecond(WRITERS, DOSSIERS / WRITERS, this::insert);
        }
        System.out.println("| dossiers filed with workflow start /s | same rows inserted without the engine /s"
                + " | filed ÷ inserted |");
        System.out.println("|--:|--:|--:|");
        System.out.printf("| %,.0f | %,.0f | %.2f |%n", Measure.median(filed), Measure.median(inserted),
                Measure.median(filed) / Measure.median(inserted));
        System.out.printf("%nEach run: filed %s /s; inserted %s /s%n", Measure.eachRun(filed, "%,.0f"),
                Measure.eachRun(inserted, "%,.0f"));
    }

    private NewDossier dossier() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Procedure procedure = catalogue.get(random.nextInt(catalogue.size()));
        List<SuppliedComponent> components = procedure.components().stream()
                .map(c -> new SuppliedComponent(c.key(), c.source(), c.source() == ComponentSource.UPLOAD ? "bench" : null,
                        false)).toList();
        return new NewDossier(procedure.code(), Channel.ONLINE, applicants.get(random.nextInt(applicants.size())),
                null, commune, Map.of(), components, Set.of(), null, null, Instant.now());
    }

    private void file(int writer) {
        dossiers.file(dossier());
    }

    /** The peer: the dossier's, its legs' and its timeline's rows, with the first leg's deadline, in one transaction. */
    private void insert(int writer) {
        NewDossier dossier = dossier();
        Procedure procedure = catalogue.stream().filter(p -> p.code().equals(dossier.procedure())).findFirst()
                .orElseThrow();
        String code = "011-PE-2026-%08d".formatted(peerNumbers.incrementAndGet());
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    INSERT INTO services.dossier (code, version, procedure_code, channel, applicant_pin, commune_code,
                           status, received_at, declaration, components)
                    VALUES (:code, 0, :procedure, 'ONLINE', :applicant, :commune, 'IN_PROGRESS', :received, '{}', '[]')""")
                    .param("code", code).param("procedure", procedure.code().value())
                    .param("applicant", dossier.applicant().value()).param("commune", commune)
                    .param("received", Timestamp.from(dossier.receivedAt())).update();
            int position = 0;
            for (LegDefinition leg : procedure.legs()) {
                var handler = leg.steps().get(0);
                jdbc.sql("""
                        INSERT INTO services.leg (dossier_code, leg_key, position, first_leg, procedure_code, channel,
                               commune_code, received_at, status, steps, handler_kind, agency_code, limit_amount,
                               limit_unit, started_at, due)
                        VALUES (:code, :key, :position, :first, :procedure, 'ONLINE', :commune, :received, 'IN_PROGRESS',
                                jsonb_build_array(jsonb_build_object('kind', CAST(:kind AS text), 'agencyCode', CAST(:agency AS text))), :kind,
                                :agency, :amount, :unit, :received, :due)""")
                        .param("code", code).param("key", leg.key()).param("position", position++)
                        .param("first", leg.first()).param("procedure", leg.procedure().value())
                        .param("commune", commune).param("received", Timestamp.from(dossier.receivedAt()))
                        .param("kind", handler.kind().name()).param("agency", handler.agencyCode())
                        .param("amount", leg.limit().amount()).param("unit", leg.limit().unit().name())
                        .param("due", Timestamp.from(workdays.calendar().deadline(dossier.receivedAt(), leg.limit()).due()))
                        .update();
            }
            jdbc.sql("INSERT INTO services.timeline (dossier_code, at, kind) VALUES (:code, :at, 'filed')")
                    .param("code", code).param("at", Timestamp.from(dossier.receivedAt())).update();
        });
    }

    /** The queue and dossier pages over HTTP with {@code OPEN} open dossiers in the province's queues. */
    private void pages() {
        long open = jdbc.sql("SELECT count(*) FROM services.leg WHERE status IN ('IN_PROGRESS', 'SUSPENDED')")
                .query(Long.class).single();
        if (open < OPEN) {
            OpenDossiers.copy(context, OPEN - open);
        }
        jdbc.sql("ANALYZE services.leg").update();
        jdbc.sql("ANALYZE services.dossier").update();
        open = jdbc.sql("SELECT count(*) FROM services.leg WHERE status IN ('IN_PROGRESS', 'SUSPENDED')")
                .query(Long.class).single();
        String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        List<String> codes = jdbc.sql("SELECT dossier_code FROM services.leg WHERE status = 'IN_PROGRESS'"
                + " AND handler_kind = 'AGENCY' AND agency_code = 'CONG_AN' AND commune_code = :commune"
                + " AND dossier_code LIKE '%-HS-%' LIMIT 500")
                .param("commune", commune).query(String.class).list();
        System.out.printf("%n%,d open legs in the queues; p50/p95 ms of %d sequential requests after warm-up,"
                + " medians of %d runs%n%n", open, REQUESTS, RUNS);
        System.out.println("| page | p50 ms | p95 ms | each run's p95 |");
        System.out.println("|---|--:|--:|---|");
        try {
            OfficerClient communeOfficer = OfficerClient.signIn(base, StaffFixtures.create(context,
                    Role.COMMUNE_OFFICER, new Scope(commune, null), "Bench Cán Bộ Xã"));
            OfficerClient police = OfficerClient.signIn(base, StaffFixtures.create(context, Role.AGENCY_OFFICER,
                    new Scope("11", "CONG_AN"), "Bench Công An"));
            OfficerClient province = OfficerClient.signIn(base, StaffFixtures.create(context, Role.PROVINCE_OFFICER,
                    new Scope("11", null), "Bench Tỉnh"));
            row("queue, commune officer (common queue)", () -> get(communeOfficer, "/services/queue"));
            row("queue, agency officer of the police, province-wide", () -> get(police, "/services/queue"));
            row("queue, agency officer, overdue only", () -> get(police, "/services/queue?deadline=OVERDUE"));
            row("queue, province officer (every open leg)", () -> get(province, "/services/queue"));
            row("queue, province officer, page 100", () -> get(province, "/services/queue?page=100"));
            row("dossier page, agency officer", () -> get(police, "/services/dossiers/"
                    + codes.get(ThreadLocalRandom.current().nextInt(codes.size()))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void row(String what, Runnable request) {
        double[][] runs = Measure.latencyRuns(request, REQUESTS, 30, RUNS);
        System.out.printf("| %s | %.1f | %.1f | %s |%n", what, Measure.medianOf(runs, 0.5), Measure.medianOf(runs, 0.95),
                Measure.eachRun(runs, 0.95));
    }

    private static void get(OfficerClient client, String path) {
        try {
            int status = client.get(path).statusCode();
            if (status != 200) {
                throw new IllegalStateException(path + " answered " + status);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
