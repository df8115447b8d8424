package org.dancu.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.dancu.DancuApplication;
import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditVerifier;
import org.dancu.audit.Outcome;
import org.dancu.audit.VerificationReport;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The audit ledger's write rate under concurrent callers, against its peer in the same run: a
 * plain single-row INSERT and commit per entry into a table of the same shape, with no chain.
 * Both commit synchronously (the embedded server's default is asynchronous) through the
 * application's own connection pool, and every call returns only after its commit. Ends with
 * the verifier's rate over the chain the runs produced.
 */
final class AuditBenchmark {

    private static final int[] WRITERS = {8, 32, 64};
    private static final int ENTRIES_PER_RUN = 19_200;
    private static final int RUNS = 5;
    private static final String PEER_INSERT = """
            INSERT INTO bench.audit_peer (occurred_at, actor_kind, actor_id, action, object_type, object_id,
                                          purpose, origin, outcome, detail, prev_hash, hash)
            VALUES (clock_timestamp(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final byte[] NO_HASH = new byte[32];

    private final AuditLedger ledger;
    private final AuditVerifier verifier;
    private final DataSource dataSource;
    private final Environment environment;
    private final DistributionSummary batchSize;

    private AuditBenchmark(ConfigurableApplicationContext context) {
        ledger = context.getBean(AuditLedger.class);
        verifier = context.getBean(AuditVerifier.class);
        dataSource = context.getBean(DataSource.class);
        environment = context.getEnvironment();
        batchSize = context.getBean(MeterRegistry.class).get("dancu.audit.batch.size").summary();
    }

    static void run() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DancuApplication.class)
                .web(WebApplicationType.NONE)
                .properties("dancu.database.embedded-directory=", "logging.level.root=WARN",
                        "spring.main.log-startup-info=false",
                        "spring.datasource.hikari.connection-init-sql=SET synchronous_commit = on")
                .run()) {
            new AuditBenchmark(context).measure();
        }
    }

    private void measure() {
        createPeerTable();
        System.out.println("audit ledger benchmark; " + Measure.machine());
        System.out.printf("%d entries a run, median of %d runs, ledger and peer runs alternating%n%n",
                ENTRIES_PER_RUN, RUNS);
        Measure.callsPerSecond(8, 1000, this::ledgerWrite);
        Measure.callsPerSecond(8, 1000, this::peerWrite);
        System.out.println("| writers | ledger entries/s | peer entries/s | ledger ÷ peer | mean batch |");
        System.out.println("|--:|--:|--:|--:|--:|");
        for (int writers : WRITERS) {
            double[] ledgerRates = new double[RUNS];
            double[] peerRates = new double[RUNS];
            double batches = 0;
            double batched = 0;
            for (int run = 0; run < RUNS; run++) {
                long countBefore = batchSize.count();
                double totalBefore = batchSize.totalAmount();
                ledgerRates[run] = Measure.callsPerSecond(writers, ENTRIES_PER_RUN / writers, this::ledgerWrite);
                batches += batchSize.count() - countBefore;
                batched += batchSize.totalAmount() - totalBefore;
                peerRates[run] = Measure.callsPerSecond(writers, ENTRIES_PER_RUN / writers, this::peerWrite);
            }
            double ledgerRate = Measure.median(ledgerRates);
            double peerRate = Measure.median(peerRates);
            System.out.printf("| %d | %,.0f | %,.0f | %.1f | %.1f |%n", writers, ledgerRate, peerRate,
                    ledgerRate / peerRate, batched / batches);
        }
        verifyWholeChain();
    }

    private void verifyWholeChain() {
        long began = System.nanoTime();
        VerificationReport report = verifier.verify();
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("%nverifier: %,d entries in %.2f s = %,.0f entries/s, intact: %s%n",
                report.entries(), seconds, report.entries() / seconds, report.intact());
    }

    private static AuditEntry entry(int writer) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new AuditEntry(Actor.staff("canbo.xa" + writer), "register.person.read", "person",
                String.format("011%09d", random.nextInt(1_000_000_000)), "xac-minh-cu-tru",
                "10.11.0." + (writer % 250 + 1), Outcome.SUCCESS, null);
    }

    private void ledgerWrite(int writer) {
        ledger.record(entry(writer));
    }

    private void peerWrite(int writer) {
        AuditEntry entry = entry(writer);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(PEER_INSERT)) {
            insert.setString(1, entry.actor().kind().name());
            insert.setString(2, entry.actor().id());
            insert.setString(3, entry.action());
            insert.setString(4, entry.objectType());
            insert.setString(5, entry.objectId());
            insert.setString(6, entry.purpose());
            insert.setString(7, entry.origin());
            insert.setString(8, entry.outcome().name());
            insert.setString(9, entry.detail());
            insert.setBytes(10, NO_HASH);
            insert.setBytes(11, NO_HASH);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Same columns, constraints and indexes as the ledger; seq from an identity column instead of the chain. */
    private void createPeerTable() {
        try (Connection app = dataSource.getConnection()) {
            String appRole = app.getMetaData().getUserName();
            try (Connection owner = DatabaseOwner.connect(environment);
                 Statement statement = owner.createStatement()) {
                statement.execute("CREATE SCHEMA bench");
                statement.execute("GRANT USAGE ON SCHEMA bench TO " + appRole);
                statement.execute("CREATE TABLE bench.audit_peer (LIKE audit.ledger INCLUDING ALL)");
                statement.execute("ALTER TABLE bench.audit_peer ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the peer table", e);
        }
    }
}
