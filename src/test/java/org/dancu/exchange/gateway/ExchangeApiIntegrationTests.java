package org.dancu.exchange.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dancu.audit.AuditNote;
import org.dancu.exchange.consent.Consents;
import org.dancu.exchange.partners.Operation;
import org.dancu.exchange.partners.Partners;
import org.dancu.exchange.partners.Policy;
import org.dancu.exchange.TestPartner;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;

class ExchangeApiIntegrationTests extends ExchangeApiTestBase {

    @Test
    void verifyAnswersMatchPerAttributeAndDisclosesNothingElse() throws Exception {
        Map<String, Object> person = person(pin);
        String name = ((String) person.get("full_name")).toUpperCase();
        String json = verifyBody(pin, "{\"fullName\":\"" + name + "\",\"birthDate\":\"" + person.get("birth_date")
                + "\",\"sex\":\"" + ("M".equals(person.get("sex")) ? "F" : "M") + "\"}");
        Map<String, String> headers = partner.sign("POST", VERIFY, utf8(json));

        MvcResult result = send(HttpMethod.POST, VERIFY, utf8(json), headers)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results.fullName").value("MATCH"))
                .andExpect(jsonPath("$.results.birthDate").value("MATCH"))
                .andExpect(jsonPath("$.results.sex").value("NO_MATCH"))
                .andExpect(jsonPath("$.requestDigest").value(headers.get("X-Test-Base-Sha256")))
                .andExpect(header().string(ExchangeApi.REQUEST_DIGEST, headers.get("X-Test-Base-Sha256")))
                .andReturn();

        String answer = result.getResponse().getContentAsString();
        assertThat(answer).doesNotContain((String) person.get("full_name")).doesNotContain(pin);
        String requestId = com.jayway.jsonpath.JsonPath.read(answer, "$.requestId");
        assertThat(result.getResponse().getHeader(ExchangeApi.REQUEST_ID)).isEqualTo(requestId);
        Map<String, Object> entry = lastEntry("exchange.verify", partner.code);
        assertThat(entry).containsEntry("actor_kind", "PARTNER").containsEntry("object_id", pin)
                .containsEntry("purpose", "identity-check").containsEntry("outcome", "SUCCESS");
        assertThat(AuditNote.read((String) entry.get("detail"))).isEqualTo(new AuditNote(
                "audit.note.partner-compared", List.of(requestId, "officer-7", "HS-2026-001",
                AuditNote.labels("exchange.attribute.", List.of("fullName", "birthDate", "sex")))));
        assertThat((String) entry.get("detail")).doesNotContain(name);
    }

    @Test
    void anUnknownIdAnswersExactlyLikeWrongValues() throws Exception {
        String attributes = "{\"fullName\":\"Không Có Ai\",\"birthDate\":\"1901-01-01\"}";
        String unknown = jdbc.sql("""
                        SELECT lpad((s)::text, 12, '0') FROM generate_series(11000000001, 11000009999) s
                        WHERE lpad(s::text, 12, '0') NOT IN (SELECT pin FROM register.person WHERE pin IS NOT NULL)
                        LIMIT 1""").query(String.class).single();

        String forUnknown = post(VERIFY, verifyBody(unknown, attributes)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String forWrong = post(VERIFY, verifyBody(pin, attributes)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(com.jayway.jsonpath.JsonPath.<Map<String, String>>read(forUnknown, "$.results"))
                .isEqualTo(com.jayway.jsonpath.JsonPath.<Map<String, String>>read(forWrong, "$.results"))
                .containsOnly(Map.entry("fullName", "NO_MATCH"), Map.entry("birthDate", "NO_MATCH"));
    }

    @Test
    void retrieveDisclosesOnlyWithAnActiveConsentAndARevokedOneStopsIt() throws Exception {
        String json = "{\"pin\":\"" + pin + "\",\"purpose\":\"identity-check\",\"endUser\":\"officer-7\","
                + "\"caseRef\":\"HS-2026-002\",\"attributes\":[\"fullName\",\"birthDate\"]}";
        assertRefused(post(RETRIEVE, json), "consent-missing");

        Consents consents = context.getBean(Consents.class);
        long consent = consents.record(pin, partner.code, "identity-check", List.of("fullName", "birthDate", "sex"),
                LocalDate.now().plusDays(30), "admin");
        post(RETRIEVE, json).andExpect(status().isOk())
                .andExpect(jsonPath("$.attributes.fullName").value(person(pin).get("full_name")))
                .andExpect(jsonPath("$.attributes.sex").doesNotExist());
        assertThat(AuditNote.read((String) lastEntry("exchange.retrieve", partner.code).get("detail")).arguments())
                .endsWith(AuditNote.labels("exchange.attribute.", List.of("fullName", "birthDate")));

        assertRefused(post(RETRIEVE, json.replace("\"birthDate\"]", "\"birthDate\",\"address\"]")),
                "consent-missing");
        assertThat(consents.revoke(pin, consent, "admin")).isTrue();
        assertRefused(post(RETRIEVE, json), "consent-missing");
    }

    @Test
    void aConsentForAnUnknownIdStillDisclosesNothingAndLooksTheSame() throws Exception {
        String unknown = "011099999999";
        context.getBean(Consents.class).record(unknown, partner.code, "identity-check", List.of("fullName"),
                LocalDate.now().plusDays(1), "admin");
        assertRefused(post(RETRIEVE, "{\"pin\":\"" + unknown + "\",\"purpose\":\"identity-check\",\"endUser\":\"u\","
                + "\"caseRef\":\"c\",\"attributes\":[\"fullName\"]}"), "consent-missing");
    }

    @Test
    void policyRefusalsNameTheRuleAndAreAudited() throws Exception {
        Partners partners = context.getBean(Partners.class);
        partners.savePolicy(new Policy(partner.code, java.util.Set.of(Operation.VERIFY), java.util.Set.of("fullName"),
                java.util.Set.of("identity-check"), 10_000));

        assertRefused(post(VERIFY, verifyBody(pin, "{\"birthDate\":\"1990\"}")), "attribute-not-allowed");
        assertRefused(post(VERIFY, verifyBody(pin, "{\"fullName\":\"A\"}").replace("identity-check", "marketing")),
                "purpose-not-allowed");
        assertRefused(post(RETRIEVE, "{\"pin\":\"" + pin + "\",\"purpose\":\"identity-check\",\"endUser\":\"u\","
                + "\"caseRef\":\"c\",\"attributes\":[\"fullName\"]}"), "operation-not-allowed");

        Map<String, Object> entry = lastEntry("exchange.retrieve", partner.code);
        assertThat(entry).containsEntry("outcome", "DENIED").containsEntry("object_id", pin);
        assertThat(AuditNote.read((String) entry.get("detail")).arguments())
                .endsWith(AuditNote.label("exchange.problem.operation-not-allowed.title"));
    }

    @Test
    void malformedBodiesAreRefusedWhateverIsWrong() throws Exception {
        for (String bad : List.of("not json", "[]", verifyBody("12345", "{\"fullName\":\"A\"}"),
                verifyBody(pin, "{}"), verifyBody(pin, "{\"fullName\":7}"),
                verifyBody(pin, "{\"fullName\":\"A\"}").replace("\"endUser\":\"officer-7\",", ""),
                verifyBody(pin, "{\"fullName\":\"A\"}").replace("HS-2026-001", "bad\\u0000case"))) {
            assertRefused(post(VERIFY, bad), "malformed");
        }
        assertThat(lastEntry("exchange.verify", partner.code)).containsEntry("outcome", "DENIED");
    }

    @Test
    void theRateIsLimitedPerPartner() throws Exception {
        TestPartner slow = TestPartner.create(context, 2);
        partner = slow;
        String json = verifyBody(pin, "{\"fullName\":\"A\"}");
        post(VERIFY, json).andExpect(status().isOk());
        post(VERIFY, json).andExpect(status().isOk());
        assertRefused(post(VERIFY, json), "rate-limited").andExpect(header().exists("Retry-After"));
        assertThat(lastEntry("exchange.verify", slow.code)).containsEntry("outcome", "DENIED");
    }
}
