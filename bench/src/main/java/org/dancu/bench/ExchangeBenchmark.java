package org.dancu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.dancu.DancuApplication;
import org.dancu.exchange.TestPartner;
import org.dancu.locality.Localities;
import org.dancu.register.RegisterLoader;
import org.dancu.synth.ProvinceLayout;
import org.dancu.synth.SyntheticPopulation;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * The gateway's verify rate over HTTP on loopback, with every request's signature checked and its
 * audit entry, which spends its nonce, committed synchronously (group commit) before the answer; its
 * peer in the same run is the same server's trivial unsigned endpoint ({@code /actuator/health}
 * without database check), the ceiling of the web stack. Requests are signed before the timing (the
 * signing cost is the partner's, not the gateway's). Then one bulk verification of 100,000 rows.
 * With {@code -Dexchange.instances=2} a second instance of the application runs on the same database
 * (in this JVM, on the same cores) and the connections alternate between the two.
 */
final class ExchangeBenchmark {

    private static final int PEOPLE = 100_000;
    /** Load-generator connections and server threads alike (docs/benchmarks.md on 64 and the pool of 20). */
    private static final int CONNECTIONS = Integer.getInteger("exchange.connections", 16);
    private static final int INSTANCES = Integer.getInteger("exchange.instances", 1);
    private static final int REQUESTS_PER_RUN = 20_000;
    private static final int RUNS = 3;
    private static final int MAX_WARM_UP_ROUNDS = Integer.getInteger("exchange.warmups", 15);
    private static final int BULK_ROWS = 100_000;
    static final String VERIFY = "/api/exchange/v1/verify";
    private static final String CEILING = "/actuator/health";

    private final ConfigurableApplicationContext context;
    private final int[] ports;
    private final int port;
    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final TestPartner partner;
    private final List<String> pins;

    private ExchangeBenchmark(List<ConfigurableApplicationContext> instances) throws Exception {
        this.context = instances.get(0);
        this.ports = instances.stream()
                .mapToInt(instance -> ((WebServerApplicationContext) instance).getWebServer().getPort()).toArray();
        this.port = ports[0];
        this.base = "http://127.0.0.1:" + port;
        this.partner = TestPartner.create(context, 100_000_000);
        this.pins = context.getBean(JdbcClient.class).sql("SELECT pin FROM register.person WHERE pin IS NOT NULL")
                .query(String.class).list();
    }

    static void run() {
        List<ConfigurableApplicationContext> instances = new ArrayList<>();
        try {
            // the second instance finds the first's embedded PostgreSQL (one per JVM), as MultipleInstancesTests' does
            for (int i = 0; i < INSTANCES; i++) {
                instances.add(start());
            }
            load(instances.get(0));
            new ExchangeBenchmark(instances).measure();
        } catch (Exception e) {
            throw new IllegalStateException("exchange benchmark failed", e);
        } finally {
            for (int i = instances.size() - 1; i >= 0; i--) {
                instances.get(i).close();
            }
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DancuApplication.class)
                .properties("dancu.database.embedded-directory=", "logging.level.root=WARN",
                        "spring.main.log-startup-info=false",
                        "server.tomcat.threads.max=" + CONNECTIONS, "management.health.db.enabled=false",
                        "management.health.diskspace.enabled=false",
                        // requests are signed before the timing; on a busy machine a run outlasts the 5-minute window
                        "dancu.exchange.window=3600s",
                        "spring.datasource.hikari.connection-init-sql=SET synchronous_commit = on")
                // an argument, since application.yml's server.port outranks the defaults above: each instance a free port
                .run("--server.port=0");
    }

    private static void load(ConfigurableApplicationContext context) throws Exception {
        Path directory = Files.createTempDirectory("dancu-exchange-bench");
        try {
            SyntheticPopulation.generate(ProvinceLayout.of(context.getBean(Localities.class), "11"), PEOPLE, 7,
                    directory, n -> { });
            context.getBean(RegisterLoader.class).load(directory);
        } finally {
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    private void measure() throws Exception {
        System.out.println("exchange gateway benchmark; " + Measure.machine());
        System.out.printf("%d connections to %d instance(s), %d requests a run, median of %d runs after warming up, "
                + "register of %,d persons%n%n", CONNECTIONS, ports.length, REQUESTS_PER_RUN, RUNS, PEOPLE);
        LoopbackLoad load = new LoopbackLoad(CONNECTIONS, ports);
        // signing is the partner's cost: every request the run may need is signed before any timing
        Iterator<List<byte[]>> batches = IntStream.range(0, MAX_WARM_UP_ROUNDS + RUNS)
                .mapToObj(batch -> signed(batch * REQUESTS_PER_RUN, REQUESTS_PER_RUN)).toList().iterator();
        byte[] health = LoopbackLoad.request("GET", CEILING, Map.of(), null);
        List<byte[]> ceilingCalls = Collections.nCopies(REQUESTS_PER_RUN, health);
        Measure.warmUp(MAX_WARM_UP_ROUNDS, round -> {
            LoopbackLoad.Figures verify = load.send(batches.next());
            LoopbackLoad.Figures ceiling = load.send(ceilingCalls);
            return String.format("verify %,.0f/s (%.0f + %.0f µs CPU), ceiling %,.0f/s (%.0f + %.0f µs CPU)",
                    verify.perSecond(), verify.jvmMicros(), verify.postgresMicros(), ceiling.perSecond(),
                    ceiling.jvmMicros(), ceiling.postgresMicros());
        });
        List<LoopbackLoad.Figures> verifyRuns = new ArrayList<>();
        List<LoopbackLoad.Figures> ceilingRuns = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            verifyRuns.add(load.send(batches.next()));
            ceilingRuns.add(load.send(ceilingCalls));
        }
        System.out.println();
        System.out.println("| endpoint | requests/s | p50 ms | p99 ms | JVM CPU µs/request | PostgreSQL CPU µs/request |");
        System.out.println("|---|--:|--:|--:|--:|--:|");
        row("signed verify (audited, nonce spent with the entry)", verifyRuns);
        row("unsigned " + CEILING + " (ceiling)", ceilingRuns);
        System.out.printf("verify ÷ ceiling: %.2f%n%n",
                median(verifyRuns, LoopbackLoad.Figures::perSecond) / median(ceilingRuns, LoopbackLoad.Figures::perSecond));
        bulk();
    }

    private static void row(String endpoint, List<LoopbackLoad.Figures> runs) {
        System.out.printf("| %s | %,.0f | %.1f | %.1f | %.0f | %.0f |%n", endpoint,
                median(runs, LoopbackLoad.Figures::perSecond), median(runs, LoopbackLoad.Figures::p50),
                median(runs, LoopbackLoad.Figures::p99), median(runs, LoopbackLoad.Figures::jvmMicros),
                median(runs, LoopbackLoad.Figures::postgresMicros));
    }

    private static double median(List<LoopbackLoad.Figures> runs, ToDoubleFunction<LoopbackLoad.Figures> figure) {
        return Measure.median(runs.stream().mapToDouble(figure).toArray());
    }

    /** Signed verify requests, each with its own nonce. */
    private List<byte[]> signed(int offset, int count) {
        return IntStream.range(offset, offset + count).parallel()
                .mapToObj(i -> signedVerify(partner, pins.get(Math.floorMod(i * 7919, pins.size())), i)).toList();
    }

    /** One verify request of the partner's, signed as a partner system signs it, as the bytes on the wire. */
    static byte[] signedVerify(TestPartner partner, String pin, int number) {
        byte[] body = ("{\"pin\":\"" + pin + "\",\"purpose\":\"identity-check\",\"endUser\":\"bench-" + (number % 50)
                + "\",\"caseRef\":\"B-" + number + "\",\"attributes\":{\"fullName\":\"Nguyễn Văn A\","
                + "\"birthDate\":\"1990-01-01\",\"sex\":\"M\"}}").getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        partner.sign("POST", VERIFY, body).forEach((name, value) -> {
            if (!name.startsWith("X-Test")) {
                headers.put(name, value);
            }
        });
        return LoopbackLoad.request("POST", VERIFY, headers, body);
    }

    private void bulk() throws Exception {
        StringBuilder csv = new StringBuilder("pin,fullName,birthDate,sex\\n");
        for (int i = 0; i < BULK_ROWS; i++) {
            csv.append(pins.get(i % pins.size())).append(",Nguyễn Văn A,1990-01-01,M\\n");
        }
        byte[] body = ("{\"purpose\":\"identity-check\",\"endUser\":\"bench\",\"caseRef\":\"BULK\",\"csv\":\""
                + csv + "\"}").getBytes(StandardCharsets.UTF_8);
        String path = "/api/exchange/v1/bulk-verifications";
        long began = System.nanoTime();
        String accepted = call("POST", path, body);
        String jobId = accepted.replaceAll(".*\"jobId\":\"([^\"]+)\".*", "$1");
        while (!call("GET", path + "/" + jobId, new byte[0]).contains("\"status\":\"DONE\"")) {
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        String result = call("GET", path + "/" + jobId + "/result", new byte[0]);
        long lines = result.lines().count() - 1;
        System.out.printf("bulk verify: %,d rows uploaded, verified, audited per row and stored in %.1f s "
                + "(%,.0f rows/s); result file %,d rows%n", BULK_ROWS, seconds, BULK_ROWS / seconds, lines);
    }

    private String call(String method, String path, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json");
        partner.sign(method, path, body).forEach((name, value) -> {
            if (!name.startsWith("X-Test")) {
                request.header(name, value);
            }
        });
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
