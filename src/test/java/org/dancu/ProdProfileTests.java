package org.dancu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.dancu.banksim.BankSimulator;
import org.dancu.eidsim.EidSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code prod} profile as a province deploys it, against a PostgreSQL of its own: metrics only on the
 * management port, the TLS proxy's forwarded headers honoured (HSTS, https redirects).
 */
class ProdProfileTests {

    /**
     * A deployment of its own under target/: its database, secrets and keys stay together across runs, so the
     * ledger's head is always signed by the key beside it.
     */
    private static final Path DEPLOYMENT = Path.of("target", "prod-profile");
    private static final Path KEYS = DEPLOYMENT.resolve("keys");

    private static ConfigurableApplicationContext prod;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startProd() {
        prod = start(Map.of());
    }

    @AfterAll
    static void stopProd() {
        prod.close();
    }

    private static ConfigurableApplicationContext start(Map<String, String> more) {
        SpringApplication application = new SpringApplication(DancuApplication.class);
        application.setAdditionalProfiles("prod");
        Map<String, String> settings = new LinkedHashMap<>();
        // a database of its own: the prod profile signs the ledger's head with its own key, which would leave the
        // shared test database's head unverifiable for every test class after this one
        EmbeddedPostgresServer database = EmbeddedPostgresServer.obtain(DEPLOYMENT.resolve("postgres"), 0,
                DEPLOYMENT.resolve("secrets"));
        settings.put("spring.datasource.url", database.jdbcUrl());
        settings.put("spring.datasource.username", DatabaseEnvironment.APP_ROLE);
        settings.put("spring.datasource.password", database.appPassword());
        settings.put("spring.flyway.user", EmbeddedPostgresServer.SUPERUSER);
        settings.put("spring.flyway.password", database.superuserPassword());
        settings.put("server.port", "0");
        settings.put("management.server.port", "0");
        settings.put("dancu.register.keyset-file", KEYS.resolve("register-keyset.json").toString());
        settings.put("dancu.register.generate-keyset", "true");
        settings.put("dancu.audit.signing-key-file", KEYS.resolve("audit-signing-key").toString());
        settings.put("dancu.audit.generate-signing-key", "true");
        settings.put("dancu.results.seal.keyset-file", KEYS.resolve("results-keyset.json").toString());
        settings.put("dancu.results.seal.generate-keyset", "true");
        settings.putAll(more);
        return application.run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new));
    }

    private static int port(String property) {
        return Integer.parseInt(prod.getEnvironment().getRequiredProperty(property));
    }

    private static HttpResponse<String> get(int port, String path, String... headers) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void metricsAndHealthAnswerOnlyOnTheManagementPort() throws Exception {
        int app = port("local.server.port");
        int management = port("local.management.port");
        assertThat(management).isNotEqualTo(app);

        assertThat(get(app, "/actuator/prometheus").statusCode()).isNotEqualTo(200);
        assertThat(get(app, "/actuator/prometheus").body()).doesNotContain("jvm_memory");
        HttpResponse<String> metrics = get(management, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("dancu_audit_entries_written");
        assertThat(get(management, "/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void behindTheTlsProxyPagesSendHstsAndRedirectToHttps() throws Exception {
        HttpResponse<String> login = get(port("local.server.port"), "/login", "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "203.0.113.9");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));

        HttpResponse<String> home = get(port("local.server.port"), "/", "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "dancu.dienbien.gov.vn");
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("https://dancu.dienbien.gov.vn/login"));
    }

    @Test
    void theSessionCookieIsBoundToItsHostAndSentOnlyOverHttps() throws Exception {
        HttpResponse<String> login = get(port("local.server.port"), "/login", "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "203.0.113.9");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("__Host-").contains("; Secure").contains("; Path=/;").contains("; HttpOnly")
                .doesNotContainIgnoringCase("Domain="));
    }

    @Test
    void theSimulatedBanksNeverRun() {
        // the tests' own configuration runs the simulated banks; the prod profile turns them off
        assertThat(prod.getBeanNamesForType(BankSimulator.class)).isEmpty();
        assertThat(prod.getEnvironment().getProperty("local.bank-sim.port")).isNull();
    }

    @Test
    void theSimulatedEidProviderNeverRunsAndTheCitizenLoginSaysTheProviderCannotBeReached() throws Exception {
        // the tests' own configuration runs the simulator; the prod profile turns it off
        assertThat(prod.getBeanNamesForType(EidSimulator.class)).isEmpty();
        assertThat(prod.getEnvironment().getProperty("local.eid-sim.port")).isNull();

        // no provider configured: the application started all the same, and a login is told why it cannot go on
        HttpResponse<String> login = get(port("local.server.port"), "/citizen/login/eid", "X-Forwarded-Proto", "https");
        assertThat(login.statusCode()).isEqualTo(503);
        assertThat(login.body()).contains("Hiện không kết nối được với nhà cung cấp định danh điện tử");
    }

}
