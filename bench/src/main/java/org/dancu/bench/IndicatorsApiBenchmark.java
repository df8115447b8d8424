package org.dancu.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dancu.register.RegisterIndicators;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The indicators API on the demo province, reached only over HTTP: the demo's administrator (whose
 * password the first start prints) creates an API client on its page, and the client's requests
 * are timed: one indicator for every current commune over 24 months (the province-wide question of
 * a national or open-data system), as JSON and CSV, and one commune's series. Peers in the same run:
 * the trivial health endpoint (the server's floor) and the dashboard's ranking page, which shows the
 * same indicator for the same communes in one month.
 */
final class IndicatorsApiBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int PEOPLE = Integer.getInteger("indicators.people", 20_000);
    private static final int REQUESTS = Integer.getInteger("indicators.requests", 200);
    private static final int WARM_UP = 50;
    private static final int RUNS = 5;
    private static final String INDICATOR = RegisterIndicators.VALID_PIN;
    private static final Pattern ADMIN_PASSWORD = Pattern.compile("ADMINISTRATOR\\s+admin\\s+(\\S+)");
    private static final Pattern TOKEN = Pattern.compile("dancu_ind_[A-Za-z0-9_-]+");

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    private IndicatorsApiBenchmark(String base) {
        this.base = base;
    }

    static void run() {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new Both(console, printed), true, StandardCharsets.UTF_8));
        try {
            DemoServer.run("indicators", PEOPLE, context -> {
                System.setOut(console);
                Matcher password = ADMIN_PASSWORD.matcher(printed.toString(StandardCharsets.UTF_8));
                if (!password.find()) {
                    throw new IllegalStateException("the demo printed no administrator password");
                }
                int port = ((WebServerApplicationContext) context).getWebServer().getPort();
                new IndicatorsApiBenchmark("http://localhost:" + port).measure(password.group(1));
            });
        } finally {
            System.setOut(console);
        }
    }

    private void measure(String adminPassword) {
        OfficerClient admin;
        HttpResponse<String> created;
        try {
            admin = OfficerClient.signIn(base, "admin", adminPassword);
            created = admin.post("/admin/api-clients", Map.of("name", "Bench", "unit", "11"));
        } catch (Exception e) {
            throw new IllegalStateException("the administrator could not create an API client", e);
        }
        Matcher token = TOKEN.matcher(created.body());
        if (created.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no API client created: " + created.statusCode());
        }
        String bearer = "Bearer " + token.group();
        Period month = Period.containing(PeriodType.MONTH, LocalDate.now(ZONE));
        String months = new Period(PeriodType.MONTH, month.start().minusMonths(23)).code() + ".." + month.code();
        String provinceWide = "/api/v1/indicators/" + INDICATOR + "/values?unitLevel=commune&period=" + months;
        String csv = "/api/v1/indicators/" + INDICATOR + "/values.csv?unitLevel=commune&period=" + months;
        String commune = "/api/v1/indicators/" + INDICATOR + "/values?unitLevel=commune&unit=03334&period=" + months;
        String ranking = "/steering/ranking?indicator=" + INDICATOR + "&period=" + month.code();
        String answer = get(provinceWide, bearer);
        long rows = answer.split("\"period\":").length - 1;
        long withData = answer.split("\"status\":\"VALUE\"").length - 1;

        System.out.println("indicators API benchmark; " + Measure.machine() + "; load average "
                + Measure.loadAverage());
        System.out.printf("demo province of %,d people; %s over 24 months (%s) for every current commune: %,d rows,"
                + " %,d with a figure; p50/p95 of %d sequential requests after %d untimed, medians of %d runs%n%n",
                PEOPLE, INDICATOR, months, rows, withData, REQUESTS, WARM_UP, RUNS);
        System.out.println("| request | p50 ms | p95 ms | ÷ health p50 |");
        System.out.println("|---|--:|--:|--:|");
        double[] health = Measure.latencies(() -> get("/actuator/health", null), REQUESTS, WARM_UP, RUNS);
        row("peer: health endpoint (no figures)", health, health);
        row("API, JSON: 1 indicator × 45 communes × 24 months (bearer token)",
                Measure.latencies(() -> get(provinceWide, bearer), REQUESTS, WARM_UP, RUNS), health);
        row("API, CSV: the same", Measure.latencies(() -> get(csv, bearer), REQUESTS, WARM_UP, RUNS), health);
        row("API, JSON: 1 indicator × 1 commune × 24 months (bearer token)",
                Measure.latencies(() -> get(commune, bearer), REQUESTS, WARM_UP, RUNS), health);
        row("API, JSON: province-wide as above, administrator's session",
                Measure.latencies(() -> session(admin, provinceWide), REQUESTS, WARM_UP, RUNS), health);
        row("peer: dashboard ranking page, same indicator, 45 communes × 1 month (session)",
                Measure.latencies(() -> session(admin, ranking), REQUESTS, WARM_UP, RUNS), health);
    }

    private static void row(String what, double[] ours, double[] health) {
        System.out.printf("| %s | %.1f | %.1f | %.1f× |%n", what, ours[0], ours[1], ours[0] / health[0]);
    }

    private static String session(OfficerClient client, String path) {
        try {
            HttpResponse<String> response = client.get(path);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return Requests.send(http, request.build(), true).body();
    }

    /** Writes to the console and keeps a copy, to read what the first start printed for the operator. */
    private static final class Both extends OutputStream {

        private final OutputStream console;
        private final OutputStream copy;

        Both(OutputStream console, OutputStream copy) {
            this.console = console;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            console.write(b);
            copy.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            console.write(bytes, offset, length);
            copy.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            console.flush();
        }
    }
}
