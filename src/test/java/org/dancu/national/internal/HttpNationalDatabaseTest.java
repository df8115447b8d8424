package org.dancu.national.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.dancu.civil.Pin;
import org.dancu.national.ChangePage;
import org.dancu.national.NationalField;
import org.dancu.national.NationalUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The connector against a scripted server on loopback that answers, fails, stalls or hangs up as told. */
class HttpNationalDatabaseTest {

    private record Seen(String method, String path, Map<String, String> headers, byte[] body) {
    }

    /** What the server does with the next request. */
    private enum Act { OK, FAIL_503, SLOW, DROP, NOT_FOUND, BAD_REQUEST }

    private final Deque<Act> script = new ConcurrentLinkedDeque<>();
    private final List<Seen> seen = new ArrayList<>();
    private HttpServer server;
    private java.util.concurrent.ExecutorService handlers;
    private KeyPair keys;
    private String okBody = "{}";

    @BeforeEach
    void start() throws Exception {
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        handlers = java.util.concurrent.Executors.newCachedThreadPool();
        server.setExecutor(handlers);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, String> headers = new java.util.HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        synchronized (seen) {
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), headers, body));
        }
        Act act = script.isEmpty() ? Act.OK : script.poll();
        switch (act) {
            case DROP -> exchange.close();
            case SLOW -> {
                try {
                    Thread.sleep(6_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                respond(exchange, 200, okBody);
            }
            case FAIL_503 -> respond(exchange, 503, "{}");
            case NOT_FOUND -> respond(exchange, 404, "{}");
            case BAD_REQUEST -> respond(exchange, 400, "{}");
            case OK -> respond(exchange, 200, okBody);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private HttpNationalDatabase connector(int attempts, int breakerThreshold) {
        NationalProperties properties = new NationalProperties("http://127.0.0.1:" + server.getAddress().getPort(),
                "province-11", Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()),
                Duration.ofSeconds(2), Duration.ofSeconds(2), attempts, Duration.ofMillis(5), breakerThreshold,
                Duration.ofMinutes(1), 1000);
        return NationalConfiguration.connector(properties, JsonMapper.builder().build());
    }

    @Test
    void verifySendsASignedRequestTheNationalSideCanCheck() throws Exception {
        okBody = "{\"results\":{\"FULL_NAME\":true,\"BIRTH_DATE\":false}}";
        Map<NationalField, Boolean> results = connector(1, 5).verify("011090001234",
                Map.of(NationalField.FULL_NAME, "Lò Văn Páo", NationalField.BIRTH_DATE, "1990"));

        assertThat(results).containsEntry(NationalField.FULL_NAME, true).containsEntry(NationalField.BIRTH_DATE, false);
        Seen request = seen.get(0);
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).contains("\"pin\":\"011090001234\"");
        assertThat(request.headers().get("content-digest")).isEqualTo("sha-256=:" + Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(request.body())) + ":");
        Matcher params = Pattern.compile("sig1=(.*)").matcher(request.headers().get("signature-input"));
        assertThat(params.matches()).isTrue();
        assertThat(params.group(1)).contains("keyid=\"province-11\"", "created=", "nonce=");
        String base = "\"@method\": POST\n\"@path\": /national/v1/verify\n\"content-digest\": "
                + request.headers().get("content-digest") + "\n\"idempotency-key\": "
                + request.headers().get("idempotency-key") + "\n\"@signature-params\": " + params.group(1);
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(keys.getPublic());
        verifier.update(base.getBytes(StandardCharsets.UTF_8));
        String signature = request.headers().get("signature");
        assertThat(verifier.verify(Base64.getDecoder().decode(signature.substring(6, signature.length() - 1))))
                .isTrue();
    }

    @Test
    void failuresAreRetriedWithTheSameIdempotencyKey() {
        script.add(Act.FAIL_503);
        script.add(Act.DROP);
        script.add(Act.SLOW);
        okBody = "{\"pin\":\"011090001234\",\"fields\":{\"FULL_NAME\":\"Lò Văn Páo\",\"DEATH_DATE\":null}}";

        var person = connector(4, 10).fetch("011090001234");

        assertThat(person).get().satisfies(p -> assertThat(p.fields())
                .containsExactly(Map.entry(NationalField.FULL_NAME, "Lò Văn Páo")));
        // the JDK client may itself resend a GET once when the connection drops, so at least three arrive
        assertThat(seen).hasSizeGreaterThanOrEqualTo(3);
        assertThat(seen.stream().map(s -> s.headers().get("idempotency-key")).distinct()).hasSize(1);
        assertThat(script).as("every scripted failure was met and retried").isEmpty();
    }

    @Test
    void aBirthIsSentUnderTheCallersRequestKeyOnEveryAttemptAndItsRefusalIsBadInput() {
        script.add(Act.FAIL_503);
        okBody = "{\"pin\":\"011326000123\"}";

        Pin pin = connector(3, 10).assignPin("DV-1/birth", Map.of(NationalField.FULL_NAME, "Lò Thị Hoa",
                NationalField.BIRTH_DATE, "2026-11-20", NationalField.SEX, "F", NationalField.COMMUNE_CODE, "03334"));

        assertThat(pin).isEqualTo(Pin.of("011326000123"));
        assertThat(seen).hasSize(2).allSatisfy(s -> {
            assertThat(s.path()).isEqualTo("/national/v1/births");
            assertThat(s.headers()).containsEntry("idempotency-key", "DV-1/birth");
        });
        script.add(Act.BAD_REQUEST);
        assertThatThrownBy(() -> connector(3, 10).assignPin("DV-2/birth", Map.of(NationalField.SEX, "X")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownPersonIsAnAnswerNotAFailure() {
        script.add(Act.NOT_FOUND);
        assertThat(connector(3, 5).fetch("011090009999")).isEmpty();
        assertThat(seen).hasSize(1);
    }

    @Test
    void whenEveryAttemptFailsTheCallFailsCleanlyAndTheCircuitThenStopsCalling() {
        HttpNationalDatabase national = connector(2, 3);
        for (int i = 0; i < 4; i++) {
            script.add(Act.FAIL_503);
        }
        assertThatThrownBy(() -> national.changesSince(0, 10)).isInstanceOf(NationalUnavailableException.class);
        assertThat(seen).hasSize(2);
        assertThatThrownBy(() -> national.changesSince(0, 10)).isInstanceOf(NationalUnavailableException.class)
                .hasMessageContaining("circuit is open");
        assertThat(seen).as("the third failure opened the circuit; the fourth attempt never left").hasSize(3);
    }

    @Test
    void theChangeFeedIsReadAfterTheCursor() {
        okBody = "{\"changes\":[{\"sequence\":41,\"pin\":\"011090001234\",\"kind\":\"DEATH\","
                + "\"effectiveDate\":\"2026-10-01\",\"values\":{\"ALIVE\":\"false\",\"DEATH_DATE\":\"2026-10-01\"}}],"
                + "\"nextCursor\":41}";
        ChangePage page = connector(1, 5).changesSince(40, 100);
        assertThat(page.nextCursor()).isEqualTo(41);
        assertThat(page.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("DEATH");
            assertThat(c.values()).containsEntry(NationalField.DEATH_DATE, "2026-10-01");
        });
        assertThat(seen.get(0).path()).isEqualTo("/national/v1/changes");
    }

    @Test
    void aMalformedIdIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> connector(1, 5).fetch("../admin")).isInstanceOf(IllegalArgumentException.class);
        assertThat(seen).isEmpty();
    }
}
