package org.dancu.services.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.dancu.civil.Pin;
import org.dancu.httpsig.RequestSigner;
import org.dancu.services.Channel;
import org.dancu.services.DossierCode;
import org.dancu.services.Dossiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed API of the national interconnection software: a signed dossier is filed once per idempotency key,
 * a resend answers the first dossier, a reused key with another body, an unsigned, forged or replayed request
 * and a bad dossier are refused in problem+json, file nothing and are on the ledger.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InterconnectionApiTests {

    static final String PATH = "/api/services/v1/dossiers";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;
    @Autowired Dossiers dossiers;
    @Autowired InterconnectionKeys keys;

    RequestSigner signer;
    String keyId;

    @BeforeEach
    void aKeyOfTheInterconnectionSoftware() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        keyId = "lienthong-" + UUID.randomUUID().toString().substring(0, 8);
        keys.add(keyId, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()), "admin", Instant.now());
        signer = new RequestSigner(keyId, pair.getPrivate(), SignedDossiers.COVERED, null);
    }

    @Test
    void aSignedDossierIsFiledOnceAndItsResendAnswersTheFirst() throws Exception {
        Pin mother = IntakeFixtures.resident(context, true);
        byte[] body = birthBundle(mother);
        String key = UUID.randomUUID().toString();

        String first = send(body, key).andExpect(status().isCreated()).andExpect(jsonPath("$.resent").value(false))
                .andReturn().getResponse().getContentAsString();
        String code = JsonMapper.builder().build().readTree(first).get("dossier").asString();
        send(body, key).andExpect(status().isOk()).andExpect(jsonPath("$.dossier").value(code))
                .andExpect(jsonPath("$.resent").value(true));

        assertThat(dossiers.ofApplicant(mother)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(new DossierCode(code));
            assertThat(d.channel()).isEqualTo(Channel.INTERCONNECTION);
        });
        send(birthBundle(IntakeFixtures.resident(context, true)), key).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("key-reused"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aDossierMissingComponentsIsRefusedWithTheListInTheCallersLanguage() throws Exception {
        Pin mother = IntakeFixtures.resident(context, true);
        byte[] body = json(Map.of("procedure", "DB-17", "applicant", mother.value(),
                "declaration", Map.of("child-name", "Lò Văn An", "mother-pin", mother.value())));
        send(signed(body, UUID.randomUUID().toString()).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("missing"))
                .andExpect(jsonPath("$.missing[0]").value("child-birth-date"))
                .andExpect(jsonPath("$.detail", containsString("The dossier was not filed")));
        assertThat(dossiers.ofApplicant(mother)).isEmpty();
    }

    @Test
    void unsignedForgedAndReplayedRequestsAreRefusedAndFileNothing() throws Exception {
        Pin mother = IntakeFixtures.resident(context, true);
        byte[] body = birthBundle(mother);
        long refusals = jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = 'services.api.refused'")
                .query(Long.class).single();

        mvc.perform(post(PATH).contentType(MediaType.APPLICATION_JSON).content(body).header("Idempotency-Key", "k-12345678"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("missing"));
        MockHttpServletRequestBuilder tampered = signed(body, "k-23456789")
                .content(birthBundle(IntakeFixtures.resident(context, true)));
        send(tampered).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("digest-mismatch"));

        Map<String, String> fields = signer.sign(Map.of("@method", "POST", "@path", PATH,
                "idempotency-key", "k-34567890"), body);
        send(request(body, "k-34567890", fields)).andExpect(status().isCreated());
        send(request(body, "k-34567890", fields)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("replayed"));

        assertThat(dossiers.ofApplicant(mother)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = 'services.api.refused'")
                .query(Long.class).single()).isEqualTo(refusals + 3);
    }

    @Test
    void anUnreadableBodyOrAMissingIdempotencyKeyIsRefused() throws Exception {
        send(signed("{\"procedure\": ".getBytes(StandardCharsets.UTF_8), "k-45678901"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("malformed-body"));
        byte[] body = birthBundle(IntakeFixtures.resident(context, true));
        send(signed(body, "short")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("malformed-idempotency-key"));
    }

    private byte[] birthBundle(Pin mother) {
        return json(Map.of("procedure", "DB-17", "applicant", mother.value(), "declaration", IntakeFixtures.birth(mother),
                "attachments", java.util.List.of(Map.of("component", "medical-birth-certificate",
                        "fileName", "giay-chung-sinh.pdf",
                        "content", Base64.getEncoder().encodeToString(IntakeFixtures.PDF)))));
    }

    private static byte[] json(Object value) {
        return JsonMapper.builder().build().writeValueAsBytes(value);
    }

    private ResultActions send(byte[] body, String idempotencyKey) throws Exception {
        return send(signed(body, idempotencyKey));
    }

    private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request);
    }

    private MockHttpServletRequestBuilder signed(byte[] body, String idempotencyKey) {
        return request(body, idempotencyKey, signer.sign(Map.of("@method", "POST", "@path", PATH,
                "idempotency-key", idempotencyKey), body));
    }

    private static MockHttpServletRequestBuilder request(byte[] body, String idempotencyKey, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(PATH).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Idempotency-Key", idempotencyKey);
        fields.forEach(request::header);
        return request;
    }

}
