package org.dancu.bench;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;

import org.dancu.DancuApplication;
import org.dancu.jobs.Jobs;
import org.dancu.locality.Localities;
import org.dancu.national.NationalDatabase;
import org.dancu.national.NationalReconciliation;
import org.dancu.national.ReconciliationRun;
import org.dancu.nationalsim.NationalSimulator;
import org.dancu.register.RegisterLoader;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.synth.ProvinceLayout;
import org.dancu.synth.SyntheticPopulation;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Reconciling the whole register with the reference simulator on loopback, end to end (register
 * read, signed verify-batch over HTTP, results and cursor stored per batch), median of runs. Peers
 * in the same run: the raw verify-batch throughput (the same calls, nothing stored) and one plain
 * SQL comparison of the same data in the same PostgreSQL (the simulator's schema lives beside the
 * register here), the floor no networked reconciliation can reach. System property
 * {@code national.persons} (default 650,000) sets the size, {@code national.runs} the runs (3).
 */
final class NationalBenchmark {

    private static final String KEY_ID = "province-11";

    private NationalBenchmark() {
    }

    static void run() {
        int persons = Integer.getInteger("national.persons", 650_000);
        int runs = Integer.getInteger("national.runs", 3);
        Path directory = null;
        try {
            directory = Files.createTempDirectory("dancu-national-bench");
            KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            int port;
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DancuApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("dancu.database.embedded-directory=", "logging.level.root=WARN",
                            "spring.main.log-startup-info=false", "dancu.national.schedule=false",
                            "dancu.national.base-url=http://127.0.0.1:" + port, "dancu.national.key-id=" + KEY_ID,
                            "dancu.national.private-key=" + Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()))
                    .run()) {
                ProvinceLayout layout = ProvinceLayout.of(context.getBean(Localities.class), "11");
                long began = System.nanoTime();
                SyntheticPopulation.generate(layout, persons, 1, directory, n -> { });
                context.getBean(RegisterLoader.class).load(directory);
                Environment environment = context.getEnvironment();
                try (NationalSimulator simulator = NationalSimulator.start(new NationalSimulator.Settings(port, persons,
                                1, directory.resolve("nation"), 0, 0, 0.03, 0.003, 0, KEY_ID, keys.getPublic()),
                        new NationalSimulator.Database(environment.getProperty("spring.datasource.url"),
                                environment.getProperty("spring.flyway.user"),
                                environment.getProperty("spring.flyway.password")),
                        layout, line -> { })) {
                    System.out.printf("national reconciliation benchmark; %s%n%,d persons (register and nation loaded"
                                    + " in %.0f s), median of %d runs%n%n", Measure.machine(), persons,
                            (System.nanoTime() - began) / 1e9, runs);
                    measure(context, environment, runs);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("national benchmark failed", e);
        } finally {
            if (directory != null) {
                FileSystemUtils.deleteRecursively(directory.toFile());
            }
        }
    }

    private static void measure(ConfigurableApplicationContext context, Environment environment, int runs)
            throws InterruptedException {
        NationalReconciliation reconciliation = context.getBean(NationalReconciliation.class);
        NationalDatabase national = context.getBean(NationalDatabase.class);
        RegisteredPersons register = context.getBean(RegisteredPersons.class);
        JdbcClient owner = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                environment.getProperty("spring.datasource.url"), environment.getProperty("spring.flyway.user"),
                environment.getProperty("spring.flyway.password")));
        double[] full = new double[runs];
        double[] raw = new double[runs];
        double[] sql = new double[runs];
        ReconciliationRun last = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            context.getBean(Jobs.class).awaitEnd(reconciliation.reconciliationJob("bench"), job -> { });
            last = reconciliation.latestRun().orElseThrow();
            full[run] = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            verifyOnly(national, register);
            raw[run] = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            owner.sql("""
                    SELECT count(*) FILTER (WHERE n.full_name = p.full_name AND n.birth_date = p.birth_date
                           AND n.sex = p.sex AND n.commune_code = p.commune_code AND n.alive = p.alive)
                    FROM register.person p LEFT JOIN national_sim.person n ON n.pin = p.pin
                    WHERE p.pin IS NOT NULL""").query(Long.class).single();
            sql[run] = (System.nanoTime() - start) / 1e9;
        }
        long checked = last.checked();
        System.out.println("| work | seconds | persons/s |");
        System.out.println("|---|--:|--:|");
        row("reconciliation, end to end (HTTP, stored)", Measure.median(full), checked);
        row("verify-batch calls only (HTTP, nothing stored)", Measure.median(raw), checked);
        row("plain SQL comparison in one database", Measure.median(sql), checked);
        System.out.printf("%nend to end ÷ verify-batch only: %.2f; end to end ÷ SQL: %.1f%n",
                Measure.median(full) / Measure.median(raw), Measure.median(full) / Measure.median(sql));
        System.out.printf("last run: %,d agree, %,d differ, %,d unknown (%.1f %% agree)%n", last.matched(),
                last.mismatched(), last.unknown(), last.matchingPercent());
    }

    private static void verifyOnly(NationalDatabase national, RegisteredPersons register) {
        long cursor = 0;
        List<RegisteredPerson> batch;
        while (!(batch = register.withPinAfter(cursor, NationalDatabase.MAX_BATCH)).isEmpty()) {
            national.verifyBatch(NationalDatabase.claims(batch));
            cursor = batch.get(batch.size() - 1).personId();
        }
    }

    private static void row(String work, double seconds, long persons) {
        System.out.printf("| %s | %.1f | %,.0f |%n", work, seconds, persons / seconds);
    }
}
