package org.dancu.national.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.dancu.civil.Pin;
import org.dancu.civil.Sex;
import org.dancu.httpsig.RequestSigner;
import org.dancu.national.NationalDatabase;
import org.dancu.national.NationalField;
import org.dancu.national.NationalProtocol;
import org.dancu.nationalsim.NationalSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reference simulator over real HTTP: its answers, its disagreements, and the requests it refuses. */
@SpringBootTest
class NationalSimulatorTests {

    @Autowired ApplicationContext context;

    private NationalSimulator simulator;
    private JdbcClient jdbc;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void stop() {
        TestNation.closeAll();
    }

    @BeforeEach
    void start() throws Exception {
        simulator = TestNation.simulator(context, 0);
        jdbc = TestNation.owner(context);
    }

    private Map<String, Object> registerPerson(String disagreement) {
        return jdbc.sql("""
                        SELECT p.pin, p.full_name, p.birth_date, p.sex, p.commune_code FROM register.person p
                        JOIN national_sim.person n ON n.pin = p.pin
                        WHERE n.disagreement IS NOT DISTINCT FROM :kind ORDER BY p.person_id LIMIT 1""")
                .param("kind", disagreement).query().singleRow();
    }

    private static Map<NationalField, String> claim(Map<String, Object> person) {
        Map<NationalField, String> values = new EnumMap<>(NationalField.class);
        values.put(NationalField.FULL_NAME, (String) person.get("full_name"));
        values.put(NationalField.BIRTH_DATE, (String) person.get("birth_date"));
        values.put(NationalField.SEX, (String) person.get("sex"));
        values.put(NationalField.COMMUNE_CODE, (String) person.get("commune_code"));
        return values;
    }

    @Test
    void holdsTheProvincePopulationWithTheSeededShareOfDisagreements() {
        Map<String, Long> disagreements = simulator.disagreements();
        assertThat(disagreements.keySet()).containsExactlyInAnyOrder("NAME", "BIRTH_DATE", "COMMUNE", "DEAD");
        long unknown = 3_000 - simulator.persons();
        long total = disagreements.values().stream().mapToLong(Long::longValue).sum() + unknown;
        // about 3 % in five equal parts, drawn from a hash of each ID
        assertThat(total).isBetween(45L, 140L);
        assertThat(unknown).isPositive();
    }

    @Test
    void verifiesOneAndManyPersonsAndFetchesThem() {
        NationalDatabase national = TestNation.connector(simulator, 1, 1_000);
        Map<String, Object> agreeing = registerPerson(null);
        Map<String, Object> renamed = registerPerson("NAME");
        Map<String, Object> moved = registerPerson("COMMUNE");

        assertThat(national.verify((String) agreeing.get("pin"), claim(agreeing))).containsOnlyKeys(
                claim(agreeing).keySet()).doesNotContainValue(false);
        Map<String, Map<NationalField, String>> batch = new LinkedHashMap<>();
        batch.put((String) renamed.get("pin"), claim(renamed));
        batch.put((String) moved.get("pin"), claim(moved));
        batch.put("011099123456", claim(agreeing));
        Map<String, Map<NationalField, Boolean>> answers = national.verifyBatch(batch);

        assertThat(answers.get((String) renamed.get("pin"))).containsEntry(NationalField.FULL_NAME, false)
                .containsEntry(NationalField.BIRTH_DATE, true).containsEntry(NationalField.COMMUNE_CODE, true);
        assertThat(answers.get((String) moved.get("pin"))).containsEntry(NationalField.COMMUNE_CODE, false)
                .containsEntry(NationalField.FULL_NAME, true);
        assertThat(answers.get("011099123456")).doesNotContainValue(true);
        assertThat(national.fetch((String) agreeing.get("pin")).orElseThrow().fields())
                .containsEntry(NationalField.SEX, (String) agreeing.get("sex"));
        assertThat(national.fetch("011099123456")).isEmpty();
    }

    @Test
    void aBatchOverTheLimitIsRefusedBeforeAnythingIsSent() {
        NationalDatabase national = TestNation.connector(simulator, 1, 1_000);
        Map<String, Map<NationalField, String>> tooMany = new LinkedHashMap<>();
        for (int i = 0; i <= NationalDatabase.MAX_BATCH; i++) {
            tooMany.put(String.format("011099%06d", i), Map.of(NationalField.SEX, "M"));
        }
        assertThatThrownBy(() -> national.verifyBatch(tooMany)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 1000");
        assertThatThrownBy(() -> national.verifyBatch(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<NationalField, String> newborn(String sex) {
        Map<NationalField, String> values = new EnumMap<>(NationalField.class);
        values.put(NationalField.FULL_NAME, "Lò Thị Thử");
        values.put(NationalField.BIRTH_DATE, "2026-11-20");
        values.put(NationalField.SEX, sex);
        values.put(NationalField.COMMUNE_CODE, "03334");
        values.put(NationalField.ADDRESS, "Tổ 2");
        return values;
    }

    @Test
    void assignsANewbornOneIdAgreeingWithSexAndBirthYearOncePerRequestKey() {
        NationalDatabase national = TestNation.connector(simulator, 1, 1_000);
        String key = "dossier-" + System.nanoTime() + "/birth";

        Pin girl = national.assignPin(key, newborn("F"));

        assertThat(girl.provinceCode()).isEqualTo("011");
        assertThat(girl.sex()).isEqualTo(Sex.FEMALE);
        assertThat(girl.birthYear()).isEqualTo(2026);
        assertThat(national.fetch(girl.value()).orElseThrow().fields())
                .containsEntry(NationalField.FULL_NAME, "Lò Thị Thử").containsEntry(NationalField.ALIVE, "true");
        assertThat(national.assignPin(key, newborn("F"))).isEqualTo(girl);
        assertThat(jdbc.sql("SELECT count(*) FROM national_sim.change WHERE pin = :pin AND kind = 'BIRTH'")
                .param("pin", girl.value()).query(Long.class).single()).isEqualTo(1);
        assertThat(national.assignPin(key + "-twin", newborn("M"))).isNotEqualTo(girl)
                .extracting(Pin::sex).isEqualTo(Sex.MALE);
    }

    @Test
    void aNewbornWithoutSexOrBirthDayIsRefusedAndGetsNoId() {
        NationalDatabase national = TestNation.connector(simulator, 1, 1_000);
        Map<NationalField, String> noSex = newborn("X");
        Map<NationalField, String> noDay = newborn("M");
        noDay.put(NationalField.BIRTH_DATE, "2026");
        long before = jdbc.sql("SELECT count(*) FROM national_sim.assignment").query(Long.class).single();

        assertThatThrownBy(() -> national.assignPin("bad-sex-" + System.nanoTime(), noSex))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> national.assignPin("bad-day-" + System.nanoTime(), noDay))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM national_sim.assignment").query(Long.class).single())
                .isEqualTo(before);
    }

    private HttpResponse<String> send(String path, byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void refusesUnsignedWronglySignedTamperedAndReplayedRequests() throws Exception {
        String path = "/national/v1/verify";
        byte[] body = "{\"pin\":\"011099123456\",\"fields\":{\"SEX\":\"M\"}}".getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        KeyPair stranger = TestNation.keys();
        Map<String, String> wrongKey = signed(stranger.getPrivate(), path, body, "k1", now);
        assertThat(send(path, body, Map.of()).statusCode()).isEqualTo(401);
        assertThat(send(path, body, wrongKey).statusCode()).isEqualTo(401);

        Map<String, String> signed = signed(provinceKey(), path, body, "k2", now);
        byte[] tampered = "{\"pin\":\"011099123457\",\"fields\":{\"SEX\":\"M\"}}".getBytes(StandardCharsets.UTF_8);
        assertThat(send(path, tampered, signed).statusCode()).isEqualTo(401);
        assertThat(send(path, body, signed(provinceKey(), path, body, "k3", now - 3_600)).statusCode())
                .isEqualTo(401);
        HttpResponse<String> first = send(path, body, signed);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"SEX\":false");
        HttpResponse<String> replayed = send(path, body, signed);
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.body()).contains("nonce already used");
    }

    @Test
    void aMalformedBodyIsABadRequest() throws Exception {
        String path = "/national/v1/verify-batch";
        byte[] body = "{\"persons\": 12".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(path, body,
                signed(provinceKey(), path, body, "k4", Instant.now().getEpochSecond()));
        assertThat(answer.statusCode()).isEqualTo(400);
    }

    /** A POST signed as the connector signs it, with the given key and {@code created} time. */
    private static Map<String, String> signed(PrivateKey key, String path, byte[] body, String idempotencyKey,
                                              long created) {
        Map<String, String> headers = new LinkedHashMap<>(new RequestSigner(TestNation.KEY_ID, key,
                NationalProtocol.SIGNED_COMPONENTS, null).sign(Map.of("@method", "POST", "@path", path,
                "idempotency-key", idempotencyKey), body, created, RequestSigner.nonce(), null));
        headers.put("Idempotency-Key", idempotencyKey);
        return headers;
    }

    private static PrivateKey provinceKey() {
        return TestNation.provinceKeys().getPrivate();
    }
}
