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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.dancu.DancuApplication;
import org.dancu.exchange.internal.TestPartner;
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
 * The gateway's verify rate over HTTP on loopback, with every request's signature checked, its
 * nonce stored and its audit entry committed synchronously (group commit) before the answer; its
 * peer in the same run is the same server's trivial unsigned endpoint ({@code /actuator/health}
 * without database check), the ceiling of the web stack. Requests are signed before the timing (the
 * signing cost is the partner's, not the gateway's). Then one bulk verification of 100,000 rows.
 */
final class ExchangeBenchmark {

    private static final int PEOPLE = 100_000;
    /** Below the pool of 20 database connections: with 64 the pool ran dry (docs/benchmarks.md, open issue). */
    private static final int CONNECTIONS = 16;
    private static final int REQUESTS_PER_RUN = 10_000;
    private static final int RUNS = 3;
    private static final int BULK_ROWS = 100_000;
    private static final String VERIFY = "/api/exchange/v1/verify";

    private final ConfigurableApplicationContext context;
    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final TestPartner partner;
    private final List<String> pins;

    private ExchangeBenchmark(ConfigurableApplicationContext context) throws Exception {
        this.context = context;
        this.base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        this.partner = TestPartner.create(context, 100_000_000);
        this.pins = context.getBean(JdbcClient.class).sql("SELECT pin FROM register.person WHERE pin IS NOT NULL")
                .query(String.class).list();
    }

    static void run() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DancuApplication.class)
                .properties("dancu.database.embedded-directory=", "logging.level.root=WARN",
                        "spring.main.log-startup-info=false", "server.port=0",
                        "server.tomcat.threads.max=" + CONNECTIONS, "management.health.db.enabled=false",
                        "management.health.diskspace.enabled=false",
                        // requests are signed before the timing; on a busy machine a run outlasts the 5-minute window
                        "dancu.exchange.window=3600s",
                        "spring.datasource.hikari.connection-init-sql=SET synchronous_commit = on")
                .run()) {
            load(context);
            new ExchangeBenchmark(context).measure();
        } catch (Exception e) {
            throw new IllegalStateException("exchange benchmark failed", e);
        }
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

    private record Call(byte[] body, Map<String, String> headers) {
    }

    private void measure() throws Exception {
        System.out.println("exchange gateway benchmark; " + Measure.machine());
        System.out.printf("%d connections, %d requests a run, median of %d runs, register of %,d persons%n%n",
                CONNECTIONS, REQUESTS_PER_RUN, RUNS, PEOPLE);
        send(signed(2_000), VERIFY);
        send(unsigned(2_000), "/actuator/health");
        double[] verifyRates = new double[RUNS];
        double[] verifyP50 = new double[RUNS];
        double[] verifyP99 = new double[RUNS];
        double[] ceilingRates = new double[RUNS];
        double[] ceilingP99 = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            double[] verify = send(signed(REQUESTS_PER_RUN), VERIFY);
            double[] ceiling = send(unsigned(REQUESTS_PER_RUN), "/actuator/health");
            verifyRates[run] = verify[0];
            verifyP50[run] = verify[1];
            verifyP99[run] = verify[2];
            ceilingRates[run] = ceiling[0];
            ceilingP99[run] = ceiling[2];
        }
        System.out.println("| endpoint | requests/s | p50 ms | p99 ms |");
        System.out.println("|---|--:|--:|--:|");
        System.out.printf("| signed verify (audited, nonce stored) | %,.0f | %.1f | %.1f |%n",
                Measure.median(verifyRates), Measure.median(verifyP50), Measure.median(verifyP99));
        System.out.printf("| unsigned /actuator/health (ceiling) | %,.0f | – | %.1f |%n",
                Measure.median(ceilingRates), Measure.median(ceilingP99));
        System.out.printf("verify ÷ ceiling: %.2f%n%n", Measure.median(verifyRates) / Measure.median(ceilingRates));
        bulk();
    }

    private List<Call> signed(int count) {
        return IntStream.range(0, count).parallel().mapToObj(i -> {
            String pin = pins.get(Math.floorMod(i * 7919, pins.size()));
            byte[] body = ("{\"pin\":\"" + pin + "\",\"purpose\":\"identity-check\",\"endUser\":\"bench-" + (i % 50)
                    + "\",\"caseRef\":\"B-" + i + "\",\"attributes\":{\"fullName\":\"Nguyễn Văn A\","
                    + "\"birthDate\":\"1990-01-01\",\"sex\":\"M\"}}").getBytes(StandardCharsets.UTF_8);
            return new Call(body, partner.sign("POST", VERIFY, body));
        }).toList();
    }

    private static List<Call> unsigned(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Call(null, Map.of())).toList();
    }

    /** Sends the calls from {@link #CONNECTIONS} threads; returns requests/s, p50 and p99 in ms. */
    private double[] send(List<Call> calls, String path) throws Exception {
        URI uri = URI.create(base + path);
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            return timed(calls, uri, path, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private double[] timed(List<Call> calls, URI uri, String path, ExecutorService pool) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[calls.size()];
        long began = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < CONNECTIONS; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < calls.size(); i = next.getAndIncrement()) {
                    Call call = calls.get(i);
                    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
                    if (call.body() == null) {
                        request.GET();
                    } else {
                        request.header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(call.body()));
                        call.headers().forEach((name, value) -> {
                            if (!name.startsWith("X-Test")) {
                                request.header(name, value);
                            }
                        });
                    }
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                    latencies[i] = System.nanoTime() - start;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                                + new String(response.body(), StandardCharsets.UTF_8));
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new double[] {calls.size() / seconds, sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6};
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
