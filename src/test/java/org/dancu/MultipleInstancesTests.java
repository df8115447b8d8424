package org.dancu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditVerifier;
import org.dancu.audit.Outcome;
import org.dancu.exchange.TestPartner;
import org.dancu.jobs.JobContext;
import org.dancu.jobs.JobHandler;
import org.dancu.jobs.JobState;
import org.dancu.jobs.JobVisibility;
import org.dancu.jobs.Jobs;
import org.dancu.jobs.ScheduledWork;
import org.dancu.jobs.Timetable;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffFixtures;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.SteeringFixtures;
import org.dancu.workdays.DayKind;
import org.dancu.workdays.Workdays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the whole application, each with its own web server, on the one test database (the
 * second on the first's embedded PostgreSQL), as two servers behind a proxy without sticky sessions:
 * a login on one is honoured by the other, a job queued on one runs once, both write the ledger at once
 * and the chain stays whole, figures changed through one are what the other shows, and what one
 * instance holds in memory follows a change made through the other.
 */
class MultipleInstancesTests {

    static final String KIND = "test.two-instances";
    static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();
    static final AtomicInteger SCHEDULED_RUNNING = new AtomicInteger();
    static final AtomicInteger SCHEDULED_OVERLAPS = new AtomicInteger();
    static final AtomicInteger SCHEDULED_RUNS = new AtomicInteger();
    static final String VERIFY = "/api/exchange/v1/verify";
    static final byte[] VERIFY_BODY = ("{\"pin\":\"011190123456\",\"purpose\":\"identity-check\","
            + "\"endUser\":\"officer-7\",\"caseRef\":\"HS-2026-002\",\"attributes\":{\"sex\":\"F\"}}")
            .getBytes(StandardCharsets.UTF_8);

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    /**
     * A job kind both instances run, counting each run of each job, whichever instance runs it; and work
     * on a short timetable that both instances know, noting whether two runs ever overlapped.
     */
    @Configuration(proxyBeanMethods = false)
    static class CountedJobs {

        @Bean
        ScheduledWork frequentWork() {
            return ScheduledWork.of("test.two-instances.frequent", Timetable.every(Duration.ofMillis(100)), () -> {
                if (SCHEDULED_RUNNING.incrementAndGet() > 1) {
                    SCHEDULED_OVERLAPS.incrementAndGet();
                }
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    SCHEDULED_RUNNING.decrementAndGet();
                    SCHEDULED_RUNS.incrementAndGet();
                }
            });
        }

        @Bean
        JobHandler countedJob() {
            return new JobHandler() {
                @Override
                public String kind() {
                    return KIND;
                }

                @Override
                public void run(JobContext context) {
                    RUNS.computeIfAbsent(context.reference(), r -> new AtomicInteger()).incrementAndGet();
                }
            };
        }
    }

    @BeforeAll
    static void startTwoInstances() {
        first = start();
        second = start();
    }

    @AfterAll
    static void stopThem() {
        second.close();
        first.close();
    }

    private static ConfigurableApplicationContext start() {
        SpringApplication application = new SpringApplication(DancuApplication.class, CountedJobs.class);
        // the database session store the tests' shared context leaves out (see src/test/resources/config)
        return application.run("--spring.autoconfigure.exclude=", "--server.port=0", "--dancu.jobs.polling-interval=200ms");
    }

    @Test
    void aLoginOnOneInstanceIsHonouredByTheOther() throws Exception {
        Browser browser = new Browser();
        String username = StaffFixtures.create(first, Role.PROVINCE_OFFICER, new Scope("11", null), "Lò Văn Hai");
        browser.logIn(first, username);

        HttpResponse<String> home = browser.get(second, "/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Lò Văn Hai");
    }

    @Test
    void anUnknownUsernameTriedOnBothInstancesLocksAfterAsManyTriesAsARealAccount() throws Exception {
        String ghost = "ghost.of.two." + System.nanoTime();
        List<String> answers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ConfigurableApplicationContext instance = i % 2 == 0 ? second : first;
            answers.add(new Browser().post(instance, "/login", "/login", Map.of("username", ghost, "password", "wrong " + i))
                    .headers().firstValue("Location").orElseThrow().replaceAll("^.*/login", "/login"));
        }

        assertThat(answers).containsExactly("/login?error", "/login?error", "/login?error", "/login?error",
                "/login?locked");
    }

    @Test
    void aJobQueuedOnOneInstanceRunsOnce() throws Exception {
        Jobs jobs = first.getBean(Jobs.class);
        TransactionTemplate transaction = first.getBean(TransactionTemplate.class);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String reference = "run-" + System.nanoTime() + "-" + i;
            ids.add(transaction.execute(status -> jobs.submit(KIND, reference, "test", JobVisibility.starterOnly())));
        }

        Set<String> references = ConcurrentHashMap.newKeySet();
        for (long id : ids) {
            assertThat(second.getBean(Jobs.class).awaitEnd(id, status -> {
            }).state()).isEqualTo(JobState.SUCCEEDED);
            references.add(jobs.find(id).orElseThrow().reference());
        }

        assertThat(references).hasSize(6).allSatisfy(reference -> assertThat(RUNS.get(reference)).hasValue(1));
    }

    @Test
    void workOnATimetableRunsOnOneInstanceAtATime() throws Exception {
        // both instances poll every 200 ms for work due every 100 ms that takes 150 ms: run on each
        // instance by its own timer, as @Scheduled did, the runs would overlap at once
        for (int wait = 0; wait < 300 && SCHEDULED_RUNS.get() < 10; wait++) {
            Thread.sleep(100);
        }

        assertThat(SCHEDULED_RUNS.get()).isGreaterThanOrEqualTo(10);
        assertThat(SCHEDULED_OVERLAPS).hasValue(0);
    }

    @Test
    void bothInstancesWriteTheLedgerAtOnceAndTheChainStaysWhole() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> reads = new ArrayList<>();
            for (ConfigurableApplicationContext instance : List.of(first, second)) {
                AuditLedger ledger = instance.getBean(AuditLedger.class);
                IntStream.range(0, 4).forEach(caller -> reads.add(() -> {
                    for (int i = 0; i < 50; i++) {
                        ledger.record(new AuditEntry(Actor.staff("two-instances"), "register.person.read", "person",
                                "011190" + String.format("%06d", caller * 100 + i), "test", "127.0.0.1",
                                Outcome.SUCCESS, null));
                    }
                    return null;
                }));
            }
            for (Future<Void> done : callers.invokeAll(reads)) {
                done.get();
            }
        } finally {
            callers.shutdown();
        }

        assertThat(second.getBean(AuditVerifier.class).verify().intact()).isTrue();
        assertThat(first.getBean(AuditVerifier.class).verify().intact()).isTrue();
    }

    @Test
    void aFigureChangedThroughOneInstanceIsWhatTheOtherShows() throws Exception {
        Browser browser = new Browser();
        browser.logIn(second, StaffFixtures.create(second, Role.PROVINCE_OFFICER, new Scope("11", null), "Quàng Thị Mai"));
        String indicator = first.getBean(IndicatorCatalogue.class).all().get(0).code();
        int year = Year.now().getValue();
        SteeringFixtures.target(first, indicator, year, 37);
        assertThat(browser.get(second, "/steering").body()).containsPattern(">37[,.]?0* %<");

        SteeringFixtures.target(first, indicator, year, 83);

        String shown = browser.get(second, "/steering").body();
        assertThat(shown).containsPattern(">83[,.]?0* %<").doesNotContainPattern(">37[,.]?0* %<");
    }

    @Test
    void aCalendarDecisionRecordedOnOneInstanceHoldsOnTheOther() throws Exception {
        LocalDate wednesday = LocalDate.of(2042, 9, 3);
        Workdays elsewhere = second.getBean(Workdays.class);
        assertThat(elsewhere.calendar().isWorkingDay(wednesday)).isTrue();
        Browser administrator = new Browser();
        administrator.logIn(first, StaffFixtures.create(first, Role.ADMINISTRATOR, new Scope("11", null), "Cà Văn Minh"));

        HttpResponse<String> recorded = administrator.post(first, "/admin/workdays?year=2042", "/admin/workdays",
                Map.of("occasion", "NATIONAL_DAY", "dayOff", "true", "first", "30/08/2042", "last", "03/09/2042",
                        "source", "Công văn thử nghiệm"));
        assertThat(recorded.statusCode()).isEqualTo(302);

        // the other instance hears of it once the decision is committed; without the signal it never would
        for (int wait = 0; wait < 100 && elsewhere.calendar().isWorkingDay(wednesday); wait++) {
            Thread.sleep(100);
        }
        assertThat(elsewhere.calendar().kindOf(wednesday)).isEqualTo(DayKind.DAY_OFF_BY_DECISION);
    }

    @Test
    void aPartnerKeyRevokedOnOneInstanceIsRefusedByTheOther() throws Exception {
        TestPartner partner = TestPartner.create(first, 10_000);
        assertThat(verify(second, partner)).isEqualTo(200);
        Browser administrator = new Browser();
        administrator.logIn(first, StaffFixtures.create(first, Role.ADMINISTRATOR, new Scope("11", null), "Lường Văn Tú"));

        String partnerPage = "/admin/exchange/partners/" + partner.code;
        assertThat(administrator.post(first, partnerPage, partnerPage + "/keys/" + partner.keyId + "/revoke", Map.of())
                .statusCode()).isEqualTo(302);

        // the other instance drops the key it holds once the revocation is committed; without the signal it never would
        int status = verify(second, partner);
        for (int wait = 0; wait < 100 && status == 200; wait++) {
            Thread.sleep(100);
            status = verify(second, partner);
        }
        assertThat(status).isEqualTo(401);
    }

    @Test
    void copiesOfOneSignedRequestSentToBothInstancesAtOnceAreAnsweredOnce() throws Exception {
        TestPartner partner = TestPartner.create(first, 10_000);
        Map<String, String> signature = partner.sign("POST", VERIFY, VERIFY_BODY);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Integer> answers = new ArrayList<>();
        try {
            List<Callable<Integer>> copies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ConfigurableApplicationContext instance = i % 2 == 0 ? first : second;
                copies.add(() -> verify(instance, signature));
            }
            for (Future<Integer> answer : senders.invokeAll(copies)) {
                answers.add(answer.get());
            }
        } finally {
            senders.shutdown();
        }

        assertThat(answers).containsOnlyOnce(200).containsOnly(200, 401);
    }

    @Test
    void aRequestAnsweredByOneInstanceIsARefusedReplayOnTheOtherAndBothAreOnTheLedger() throws Exception {
        TestPartner partner = TestPartner.create(first, 10_000);
        Map<String, String> signature = partner.sign("POST", VERIFY, VERIFY_BODY);

        assertThat(verify(first, signature)).isEqualTo(200);
        assertThat(verify(second, signature)).isEqualTo(401);

        List<String> entries = first.getBean(JdbcClient.class).sql("""
                        SELECT outcome || ' ' || detail FROM audit.ledger
                        WHERE action = 'exchange.verify' AND actor_id = :partner ORDER BY seq""")
                .param("partner", partner.code).query(String.class).list();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).startsWith("SUCCESS");
        assertThat(entries.get(1)).startsWith("DENIED").endsWith("refused: replayed");
        assertThat(second.getBean(AuditVerifier.class).verify().intact()).isTrue();
    }

    private static int verify(ConfigurableApplicationContext instance, TestPartner partner)
            throws IOException, InterruptedException {
        return verify(instance, partner.sign("POST", VERIFY, VERIFY_BODY));
    }

    private static int verify(ConfigurableApplicationContext instance, Map<String, String> signature)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(Browser.uri(instance, VERIFY))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(VERIFY_BODY));
        signature.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A person's browser: one cookie jar for both instances (cookies do not tell ports apart). */
    static final class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        void logIn(ConfigurableApplicationContext instance, String username) throws IOException, InterruptedException {
            HttpResponse<String> login = post(instance, "/login", "/login",
                    Map.of("username", username, "password", StaffFixtures.PASSWORD));
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        }

        /** Sends a form from the page at {@code formPage}, with that page's CSRF token. */
        HttpResponse<String> post(ConfigurableApplicationContext instance, String formPage, String path,
                                  Map<String, String> fields) throws IOException, InterruptedException {
            Matcher token = CSRF.matcher(get(instance, formPage).body());
            assertThat(token.find()).isTrue();
            return send(instance, path, form(fields) + "&_csrf=" + token.group(1));
        }

        HttpResponse<String> get(ConfigurableApplicationContext instance, String path)
                throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(instance, path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> send(ConfigurableApplicationContext instance, String path, String form)
                throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(instance, path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String form(Map<String, String> fields) {
            return fields.entrySet().stream().map(field -> field.getKey() + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        }

        static URI uri(ConfigurableApplicationContext instance, String path) {
            return URI.create("http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port") + path);
        }
    }
}
