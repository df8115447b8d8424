package org.dancu.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.dancu.DancuApplication;
import org.dancu.audit.AuditVerifier;
import org.dancu.audit.VerificationReport;
import org.dancu.exchange.TestPartner;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * The demo under a steady mix of work for a long time ({@code --minutes}, default 30), to find what grows without
 * bound or fails only after a while: the demo is started as {@code dancu demo} starts it (demo accounts, a synthetic
 * register of {@code soak.people}, 50,000 by default, steering's demo data) on a throw-away database, with one
 * partner for signed gateway calls; {@link SoakLoad} runs the mix. Once a minute one line: the heap after a full
 * collection, the collections since the last line, the connection pool, the audit ledger's rows and size on disk,
 * requests and errors by kind. At the end a verdict on whether the growth levelled off, every unexpected error, and
 * the audit verifier's check of the whole chain. The load generator shares the server's JVM (as in every harness
 * here); its few threads keep little on the heap.
 */
final class SoakBenchmark {

    private static final int MINUTES = Integer.getInteger("soak.minutes", 30);
    private static final int PEOPLE = Integer.getInteger("soak.people", 50_000);
    private static final double MB = 1024 * 1024;

    private final ConfigurableApplicationContext context;
    private final JdbcClient jdbc;
    private final HikariPoolMXBean pool;
    private final Timer acquire;
    private final SoakLoad load;
    private final List<Minute> minutes = new ArrayList<>();
    private long[] collectionsBefore = collections();

    /** One line of the table: what the JVM, the pool and the ledger looked like, and what the minute's load did. */
    private record Minute(int minute, double heapMb, long collections, long collectionMillis, int active, int idle,
                          int waiting, double maxAcquireMillis, long ledgerRows, double ledgerMb, long[][] counts) {

        long requests() {
            return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
        }

        long of(SoakLoad.Result result) {
            return Arrays.stream(counts).mapToLong(kind -> kind[result.ordinal()]).sum();
        }

        long of(SoakLoad.Kind kind) {
            return Arrays.stream(counts[kind.ordinal()]).sum();
        }

        long noise() {
            return Arrays.stream(SoakLoad.Kind.values()).filter(SoakLoad.Kind::noise).mapToLong(this::of).sum();
        }
    }

    private SoakBenchmark(ConfigurableApplicationContext context) throws Exception {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        HikariDataSource hikari = context.getBean(DataSource.class).unwrap(HikariDataSource.class);
        this.pool = hikari.getHikariPoolMXBean();
        this.acquire = context.getBean(MeterRegistry.class).find("hikaricp.connections.acquire")
                .tag("pool", hikari.getPoolName()).timer();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        String officer = StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope("11", null), "Soak");
        this.load = new SoakLoad("http://127.0.0.1:" + port, port, officer,
                RegisterReadBenchmark.samples(context.getBean(DataSource.class)), TestPartner.create(context, 1_000_000),
                jdbc);
    }

    static void run() {
        Path data = null;
        long began = System.nanoTime();
        try {
            data = Files.createTempDirectory("dancu-soak");
            // arguments, not default properties: application.yml's port and data directory would win over those
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DancuApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .run("--dancu.demo.enabled=true", "--dancu.demo.people=" + PEOPLE, "--dancu.data-dir=" + data,
                            "--dancu.register.import-directory=" + data.resolve("imports"),
                            "--dancu.database.embedded-directory=", "--server.port=0", "--logging.level.root=WARN",
                            "--logging.level.org.dancu=WARN", "--spring.main.log-startup-info=false")) {
                SoakBenchmark soak = new SoakBenchmark(context);
                System.out.printf("%nsoak benchmark; %s%ndemo of %,d persons set up in %.0f s; %d minutes of load%n%n",
                        Measure.machine(), PEOPLE, (System.nanoTime() - began) / 1e9, MINUTES);
                soak.soak();
            }
        } catch (Exception e) {
            throw new IllegalStateException("soak benchmark failed", e);
        } finally {
            if (data != null) {
                FileSystemUtils.deleteRecursively(data.toFile());
            }
        }
    }

    private void soak() throws Exception {
        System.out.println("| min | heap after GC MB | GCs (ms) | pool active/idle/waiting | max acquire ms "
                + "| ledger rows | ledger MB | reads | searches | pages | imports | verifies | noise "
                + "| refused as expected | unexpected | timeouts |");
        System.out.println("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        long[][] before = load.counts();
        sample(0, before);
        load.start();
        long start = System.nanoTime();
        for (int minute = 1; minute <= MINUTES; minute++) {
            long due = start + TimeUnit.MINUTES.toNanos(minute);
            Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(due - System.nanoTime())));
            long[][] now = load.counts();
            sample(minute, minus(now, before));
            before = now;
        }
        load.stop();
        verdict();
    }

    private void sample(int minute, long[][] counts) {
        int active = pool.getActiveConnections();
        int idle = pool.getIdleConnections();
        int waiting = pool.getThreadsAwaitingConnection();
        long[] collections = collections();
        // the live set: what a full collection leaves; the next line's collections do not count this one
        System.gc();
        double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
        Map<String, Object> ledger = jdbc.sql("SELECT count(*) AS entries, pg_total_relation_size('audit.ledger') AS bytes"
                + " FROM audit.ledger").query().singleRow();
        Minute line = new Minute(minute, heap, collections[0] - collectionsBefore[0], collections[1] - collectionsBefore[1],
                active, idle, waiting, acquire == null ? Double.NaN : acquire.max(TimeUnit.MILLISECONDS),
                ((Number) ledger.get("entries")).longValue(), ((Number) ledger.get("bytes")).longValue() / MB, counts);
        collectionsBefore = collections();
        minutes.add(line);
        System.out.printf("| %d | %.0f | %d (%d) | %d/%d/%d | %.1f | %,d | %.1f | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d |%n",
                minute, heap, line.collections(), line.collectionMillis(), active, idle, waiting,
                line.maxAcquireMillis(), line.ledgerRows(), line.ledgerMb(), line.of(SoakLoad.Kind.READ),
                line.of(SoakLoad.Kind.SEARCH), line.of(SoakLoad.Kind.PAGE), line.of(SoakLoad.Kind.IMPORT),
                line.of(SoakLoad.Kind.VERIFY), line.noise(), line.of(SoakLoad.Result.REFUSED_AS_EXPECTED),
                line.of(SoakLoad.Result.UNEXPECTED), line.of(SoakLoad.Result.TIMEOUT));
    }

    /** The collections so far, all collectors together: how many, and how many milliseconds they took. */
    private static long[] collections() {
        long[] sum = new long[2];
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum[0] += collector.getCollectionCount();
            sum[1] += collector.getCollectionTime();
        }
        return sum;
    }

    private static long[][] minus(long[][] now, long[][] before) {
        long[][] difference = new long[now.length][];
        for (int k = 0; k < now.length; k++) {
            difference[k] = new long[now[k].length];
            for (int r = 0; r < now[k].length; r++) {
                difference[k][r] = now[k][r] - before[k][r];
            }
        }
        return difference;
    }

    /**
     * Growth levels off when it slows: the slope over the last third of the run is at most half the slope over the
     * first third, or under a small tolerance (a flat line with noise). The ledger grows with the work by design, so
     * what must stay level is what it grows per request.
     */
    private void verdict() {
        System.out.printf("%nverdict over %d minutes (slopes per minute, first third → last third):%n", MINUTES);
        boolean heap = levelsOff("heap after GC", "MB", 1.0, Minute::heapMb);
        boolean connections = levelsOff("pool connections in use", "", 0.5, m -> m.active() + m.waiting());
        List<Minute> loaded = minutes.subList(1, minutes.size());
        boolean ledger = steady("ledger rows per request", loaded, m -> m.requests() == 0 ? 0
                : (double) (m.ledgerRows() - minutes.get(m.minute() - 1).ledgerRows()) / m.requests());
        boolean bytes = steady("ledger bytes per row", loaded, m -> m.ledgerRows() == 0 ? 0
                : m.ledgerMb() * MB / m.ledgerRows());
        long unexpected = loaded.stream().mapToLong(m -> m.of(SoakLoad.Result.UNEXPECTED)).sum();
        long timeouts = loaded.stream().mapToLong(m -> m.of(SoakLoad.Result.TIMEOUT)).sum();
        long refused = loaded.stream().mapToLong(m -> m.of(SoakLoad.Result.REFUSED_AS_EXPECTED)).sum();
        long requests = loaded.stream().mapToLong(Minute::requests).sum();
        System.out.printf("- requests: %,d; refused as expected: %,d; unexpected: %,d; timeouts: %,d%n", requests,
                refused, unexpected, timeouts);
        load.unexpected().forEach((what, count) -> System.out.printf("  - %,d × %s%n", count, what));
        long began = System.nanoTime();
        VerificationReport report = context.getBean(AuditVerifier.class).verify();
        System.out.printf("- audit-verify: %,d entries in %.1f s, %s%n", report.entries(),
                (System.nanoTime() - began) / 1e9, report.intact() ? "chain intact" : "BROKEN: " + report.firstBreak());
        boolean passed = heap && connections && ledger && bytes && unexpected == 0 && timeouts == 0 && report.intact();
        System.out.printf("%nsoak %s%n", passed ? "passed: growth levelled off, no unexpected errors, chain intact"
                : "FAILED: see the lines above");
    }

    private boolean levelsOff(String what, String unit, double tolerance, ToDoubleFunction<Minute> value) {
        double[] slopes = thirds(minutes, value);
        boolean levels = slopes[1] <= Math.max(slopes[0] / 2, tolerance);
        System.out.printf("- %s: %+.2f → %+.2f %s/min: %s%n", what, slopes[0], slopes[1], unit,
                levels ? "levels off" : "STILL GROWING");
        return levels;
    }

    /** A ratio that must not climb: its mean over the last third at most a quarter above the first third's. */
    private static boolean steady(String what, List<Minute> series, ToDoubleFunction<Minute> value) {
        int third = Math.max(1, series.size() / 3);
        double first = series.subList(0, third).stream().mapToDouble(value).average().orElse(0);
        double last = series.subList(series.size() - third, series.size()).stream().mapToDouble(value).average()
                .orElse(0);
        boolean level = last <= first * 1.25 + 1e-9;
        System.out.printf("- %s: %.2f → %.2f: %s%n", what, first, last, level ? "steady" : "CLIMBING");
        return level;
    }

    /** The mean change per minute over the first and over the last third of the samples (at least one step each). */
    private static double[] thirds(List<Minute> series, ToDoubleFunction<Minute> value) {
        int steps = Math.max(1, (series.size() - 1) / 3);
        int last = series.size() - 1;
        return new double[] {
            (value.applyAsDouble(series.get(steps)) - value.applyAsDouble(series.get(0))) / steps,
            (value.applyAsDouble(series.get(last)) - value.applyAsDouble(series.get(last - steps))) / steps};
    }
}
