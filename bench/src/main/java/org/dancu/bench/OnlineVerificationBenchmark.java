package org.dancu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The online QR link's page {@code /r/{publicId}} with {@code online.results} results in the register (a
 * million by default; loaded by COPY, {@link ResultRowsLoader}), read by {@value #USERS} visitors at once over
 * HTTP, each view a look-up by the public id's unique index, the holder's name from the register and a ledger
 * entry against the holder. The peer in the same run is the health endpoint, the cheapest answer the server
 * gives. The visit limit is lifted for the run (one address makes every request). Median of {@value #RUNS} runs.
 * A small run: {@code bench/run online -Donline.results=20000 -Donline.persons=5000}.
 */
final class OnlineVerificationBenchmark {

    private static final int PEOPLE = Integer.getInteger("online.persons", 20_000);
    private static final int RESULTS = Integer.getInteger("online.results", 1_000_000);
    private static final int SAMPLE = 2_000;
    private static final int USERS = 8;
    private static final int REQUESTS = Integer.getInteger("online.requests", 500);
    private static final int RUNS = 3;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final List<String> publicIds;

    private OnlineVerificationBenchmark(String base, List<String> publicIds) {
        this.base = base;
        this.publicIds = publicIds;
    }

    static void run() {
        DemoServer.run("online", PEOPLE, List.of("--dancu.results.online.visits-per-minute=1000000000"), context -> {
            try {
                List<String> holders = context.getBean(JdbcClient.class)
                        .sql("SELECT pin FROM register.person WHERE pin IS NOT NULL ORDER BY person_id")
                        .query(String.class).list();
                long began = System.nanoTime();
                List<String> publicIds;
                try (Connection owner = DatabaseOwner.connect(context.getEnvironment())) {
                    publicIds = new ResultRowsLoader().load(owner, holders, RESULTS, SAMPLE);
                }
                System.out.printf("online verification benchmark; %s; %,d results over %,d register persons,"
                        + " loaded by COPY in %.1f s%n", Measure.machine(), RESULTS, holders.size(),
                        (System.nanoTime() - began) / 1e9);
                String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
                new OnlineVerificationBenchmark(base, publicIds).measure();
            } catch (Exception e) {
                throw new IllegalStateException("online verification benchmark failed", e);
            }
        });
    }

    private void measure() {
        Measure.warmUp(10, round -> String.format("p99 result page %.1f, health %.1f ms",
                Measure.quantile(run(this::resultPage), 0.99), Measure.quantile(run(this::health), 0.99)));
        System.out.printf("%n%d visitors at once, %d requests each a run, no think time, median of %d runs (ms)%n%n",
                USERS, REQUESTS, RUNS);
        System.out.println("| page | p50 | p95 | p99 | p99 of each run |");
        System.out.println("|---|--:|--:|--:|---|");
        report("the QR link's page `/r/{publicId}` (look-up, holder's name, ledger entry)", this::resultPage);
        report("peer: health `/actuator/health/liveness`", this::health);
    }

    private void report(String label, Measure.UserRequest request) {
        double[][] runs = new double[RUNS][];
        for (int r = 0; r < RUNS; r++) {
            runs[r] = run(request);
        }
        System.out.printf("| %s | %.2f | %.2f | %.2f | %s |%n", label, Measure.medianOf(runs, 0.5),
                Measure.medianOf(runs, 0.95), Measure.medianOf(runs, 0.99), Measure.eachRun(runs, 0.99));
    }

    private double[] run(Measure.UserRequest request) {
        return Measure.concurrentLatencies(USERS, REQUESTS, 0, request);
    }

    /** A page that is not 200 or does not say the result is valid is a failed run, not a fast one. */
    private void resultPage(int user, int i) {
        String id = publicIds.get((user * REQUESTS + i) % publicIds.size());
        HttpResponse<String> page = Requests.send(http, HttpRequest.newBuilder(URI.create(base + "/r/" + id)).build(),
                true);
        if (!page.body().contains("result-status")) {
            throw new IllegalStateException("/r/ answered without the result's status");
        }
    }

    private void health(int user, int i) {
        Requests.send(http, HttpRequest.newBuilder(URI.create(base + "/actuator/health/liveness")).build(), true);
    }
}
