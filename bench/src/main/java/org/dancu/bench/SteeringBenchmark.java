package org.dancu.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.register.RegisterIndicators;
import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The steering dashboard on a full synthetic province: the demo start generates and loads
 * {@code -Dsteering.people} people (650,000 by default) and seeds the steering history, one evaluated
 * dataset per sector is added, then a province officer's HTTP requests are timed (overview, commune
 * drill-down, map, six-monthly PDF) together with a full recompute. Baselines in the same run: a page
 * of the same server that shows no figures, and the same figure computed straight from
 * register.person, without the fact table. The pages are timed with the figures cached and, by a
 * statement that changes no figure but invalidates the cache, right after a change of the figures.
 */
final class SteeringBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int PEOPLE = Integer.getInteger("steering.people", 650_000);
    private static final int REQUESTS = Integer.getInteger("steering.requests", 200);
    /** Touches the targets without changing one: the figures' version moves, so every cached figure is dropped. */
    private static final String INVALIDATE = "UPDATE steering.indicator_target SET target = target WHERE false";
    private static final int WARM_UP = 20;
    private static final int RUNS = 5;
    private static final int COLD = Math.min(REQUESTS, 50);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String COMMUNE_PEER = """
            SELECT count(*) FILTER (WHERE p.pin ~ '^0[0-9]{11}$'), count(*) FROM register.person p
            WHERE p.alive AND p.resident AND p.current_commune_code = :commune""";

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    private SteeringBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static void run() {
        DemoServer.run("steering", PEOPLE, context -> new SteeringBenchmark(context).measure());
    }

    private void measure() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        logIn(StaffFixtures.create(context, Role.PROVINCE_OFFICER, new Scope("11", null), "Bench Lãnh Đạo"));
        long loading = System.nanoTime();
        long records = SectorDatasets.load(jdbc);
        recompute();
        System.out.printf("%,d sector records loaded and counted: %.1f s%n", records,
                (System.nanoTime() - loading) / 1e9);
        long people = jdbc.sql("SELECT count(*) FROM register.person").query(Long.class).single();
        long facts = jdbc.sql("SELECT count(*) FROM steering.indicator_value").query(Long.class).single();
        List<String> communes = jdbc.sql("SELECT code FROM locality.unit WHERE level = 'COMMUNE'"
                + " AND valid_until IS NULL AND parent_code = '11' ORDER BY code").query(String.class).list();
        System.out.println("steering benchmark; " + Measure.machine());
        System.out.printf("%,d persons, %,d sector records, %,d stored indicator values, %d communes; p50/p95 of %d"
                + " sequential requests (10 for the PDF and the peers, %d after a change of the figures) after"
                + " warm-up, medians of %d runs%n%n", people, records, facts, communes.size(), REQUESTS, COLD, RUNS);

        String half = Period.containing(PeriodType.HALF_YEAR, LocalDate.now(ZONE)).previous().code();
        int[] next = {0};
        Supplier<String> commune = () -> communes.get(next[0]++ % communes.size());
        IndicatorSource register = context.getBeansOfType(IndicatorSource.class).values().stream()
                .filter(s -> s.indicators().contains(RegisterIndicators.VALID_PIN)).findFirst().orElseThrow();
        Period month = Period.containing(PeriodType.MONTH, LocalDate.now(ZONE));

        // the server's shared paths (security, layout, templates) are compiled before the first row is timed
        for (int i = 0; i < WARM_UP; i++) {
            List.of("/steering/reports", "/steering", "/steering/communes/" + commune.get(), "/steering/map")
                    .forEach(this::get);
        }
        System.out.println("| what | p50 ms | p95 ms | peer | peer p50 ms | peer p95 ms | peer ÷ ours (p50) |");
        System.out.println("|---|--:|--:|---|--:|--:|--:|");
        row("baseline: reports page (same server and layout, no figures)", () -> get("/steering/reports"), null,
                null, 0);
        row("overview page", () -> get("/steering"), "province figure from register.person (all communes)",
                () -> register.count(RegisterIndicators.VALID_PIN, List.of(month)), 10);
        row("commune drill-down page", () -> get("/steering/communes/" + commune.get()),
                "one commune's figure from register.person",
                () -> jdbc.sql(COMMUNE_PEER).param("commune", commune.get()).query().listOfRows(), 10);
        row("map page (45 communes, SVG)", () -> get("/steering/map"), null, null, 0);
        Runnable invalidate = () -> jdbc.sql(INVALIDATE).update();
        row("overview page, figures just changed", afterChange(invalidate, () -> "/steering"), null, null, 0, COLD);
        row("commune page, figures just changed", afterChange(invalidate, () -> "/steering/communes/" + commune.get()),
                null, null, 0, COLD);
        row("map page, figures just changed", afterChange(invalidate, () -> "/steering/map"), null, null, 0, COLD);
        row("six-monthly review PDF " + half, () -> get("/steering/reports/review.pdf?period=" + half), null, null, 0,
                10);

        double[] seconds = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long began = System.nanoTime();
            recompute();
            seconds[i] = (System.nanoTime() - began) / 1e9;
        }
        long stored = jdbc.sql("SELECT count(*) FROM steering.indicator_value").query(Long.class).single();
        System.out.printf("%nrecompute of all indicators through the dashboard's button (%,d stored values from %,d"
                + " persons and %,d sector records): median %.2f s, max %.2f s%n", stored, people, records,
                Measure.median(seconds),
                Arrays.stream(seconds).max().orElse(0));
    }

    /** A request right after the figures' version moved; the no-op statement that moves it is timed with it. */
    private Runnable afterChange(Runnable invalidate, Supplier<String> path) {
        return () -> {
            invalidate.run();
            get(path.get());
        };
    }

    private void row(String what, Runnable ours, String peerName, Runnable peer, int peerRequests) {
        row(what, ours, peerName, peer, peerRequests, REQUESTS);
    }

    private void row(String what, Runnable ours, String peerName, Runnable peer, int peerRequests, int requests) {
        double[] mine = percentiles(ours, requests);
        String peerColumns = "| — | — | — | — |";
        if (peer != null) {
            double[] theirs = percentiles(peer, peerRequests);
            peerColumns = String.format("| %s | %.1f | %.1f | %.0f× |", peerName, theirs[0], theirs[1],
                    theirs[0] / mine[0]);
        }
        System.out.printf("| %s | %.1f | %.1f %s%n", what, mine[0], mine[1], peerColumns);
    }

    /** p50 and p95 in ms of {@code count} sequential calls, each the median over {@link #RUNS} runs. */
    private static double[] percentiles(Runnable call, int count) {
        return Measure.latencies(call, count, WARM_UP, RUNS);
    }

    private void logIn(String username) {
        Matcher token = CSRF.matcher(get("/login"));
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + username + "&password=" + URLEncoder.encode(StaffFixtures.PASSWORD,
                StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(), false);
    }

    /** Recomputes every figure as a leader does, with the dashboard's button. */
    private void recompute() {
        Matcher token = CSRF.matcher(get("/steering"));
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the dashboard");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/steering/recompute"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token.group(1),
                        StandardCharsets.UTF_8))).build();
        if (Requests.send(http, request, false).statusCode() != 302) {
            throw new IllegalStateException("the recompute was refused");
        }
    }

    private String get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), true);
    }

    private String send(HttpRequest request, boolean mustBeOk) {
        return Requests.send(http, request, mustBeOk).body();
    }
}
