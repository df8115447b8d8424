package org.dancu.exchange.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.dancu.exchange.partners.Partners;
import org.dancu.exchange.TestPartner;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** Every way a request can fail authentication: the code, the audit entry, and nothing consumed or disclosed. */
class SignatureRefusalIntegrationTests extends ExchangeApiTestBase {

    private String json() {
        return verifyBody(pin, "{\"fullName\":\"A\"}");
    }

    private long refusals() {
        return jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = 'exchange.refused'").query(Long.class).single();
    }

    @Test
    void anUnsignedRequestIsRefusedWithoutALoginRedirect() throws Exception {
        long before = refusals();
        assertRefused(send(HttpMethod.POST, VERIFY, utf8(json()), Map.of(), "198.51.100.77"), "signature-missing");
        assertThat(refusals()).isEqualTo(before + 1);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/register")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aSignatureOverOtherBytesIsInvalid() throws Exception {
        Map<String, String> headers = new HashMap<>(partner.sign("POST", VERIFY, utf8(json())));
        headers.put("Signature", "sig1=:" + java.util.Base64.getEncoder().encodeToString(new byte[64]) + ":");
        assertRefused(send(HttpMethod.POST, VERIFY, utf8(json()), headers), "signature-invalid");

        Map<String, String> otherPath = partner.sign("POST", RETRIEVE, utf8(json()));
        assertRefused(send(HttpMethod.POST, VERIFY, utf8(json()), otherPath), "signature-invalid");
    }

    @Test
    void aSignatureNotCoveringTheDigestIsInvalid() throws Exception {
        Map<String, String> headers = new HashMap<>(partner.sign("POST", VERIFY, utf8(json())));
        headers.put("Signature-Input", headers.get("Signature-Input").replace(" \"content-digest\"", ""));
        assertRefused(send(HttpMethod.POST, VERIFY, utf8(json()), headers), "signature-invalid");
    }

    @Test
    void aTamperedBodyFailsItsDigest() throws Exception {
        Map<String, String> headers = partner.sign("POST", VERIFY, utf8(json()));
        assertRefused(send(HttpMethod.POST, VERIFY, utf8(json().replace("\"A\"", "\"B\"")), headers,
                "198.51.100.78"), "digest-mismatch");
        assertThat(lastEntry("exchange.refused", "key " + partner.keyId))
                .containsEntry("outcome", "DENIED").containsEntry("detail", "digest-mismatch");
    }

    @Test
    void anUnknownOrRevokedKeyIsRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        assertRefused(send(HttpMethod.POST, VERIFY, utf8(json()),
                partner.sign("POST", VERIFY, utf8(json()), now, TestPartner.nonce(), "nobody-key")), "unknown-key");

        context.getBean(Partners.class).revokeKey(partner.code, partner.keyId);
        assertRefused(post(VERIFY, json()), "unknown-key");
    }

    @Test
    void aRequestCreatedOutsideTheWindowIsStaleEitherWay() throws Exception {
        long now = Instant.now().getEpochSecond();
        for (long created : new long[] {now - 3_600, now + 3_600}) {
            assertRefused(send(HttpMethod.POST, VERIFY, utf8(json()),
                    partner.sign("POST", VERIFY, utf8(json()), created, TestPartner.nonce(), partner.keyId)), "stale");
        }
        assertThat((String) lastEntry("exchange.verify", partner.code).get("detail")).contains("refused: stale");
    }

    @Test
    void aSignatureWhoseExpiryHasPassedIsRefusedAndAFutureOneAccepted() throws Exception {
        long now = Instant.now().getEpochSecond();
        assertRefused(send(HttpMethod.POST, VERIFY, utf8(json()), partner.sign("POST", VERIFY, utf8(json()), now - 10,
                TestPartner.nonce(), partner.keyId, ";expires=" + (now - 5))), "expired");
        assertThat((String) lastEntry("exchange.verify", partner.code).get("detail")).contains("refused: expired");
        send(HttpMethod.POST, VERIFY, utf8(json()), partner.sign("POST", VERIFY, utf8(json()), now,
                TestPartner.nonce(), partner.keyId, ";expires=" + (now + 60))).andExpect(status().isOk());
    }

    @Test
    void refusalsAnswerInTheLanguageTheClientAsksFor() throws Exception {
        Map<String, String> headers = new HashMap<>(partner.sign("POST", VERIFY, utf8(json())));
        headers.remove("Signature");
        headers.put("Accept-Language", "en-GB,en;q=0.9");
        send(HttpMethod.POST, VERIFY, utf8(json()), headers)
                .andExpect(jsonPath("$.title").value("Signature missing"));
        headers.put("Accept-Language", "vi");
        send(HttpMethod.POST, VERIFY, utf8(json()), headers)
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.not("Signature missing")));
    }

    @Test
    void aNonceIsAcceptedOnceAndAStaleOrForgedRequestDoesNotBurnIt() throws Exception {
        String nonce = TestPartner.nonce();
        long now = Instant.now().getEpochSecond();
        Map<String, String> forged = new HashMap<>(partner.sign("POST", VERIFY, utf8(json()), now, nonce, partner.keyId));
        forged.put("Signature", "sig1=:" + java.util.Base64.getEncoder().encodeToString(new byte[64]) + ":");
        assertRefused(send(HttpMethod.POST, VERIFY, utf8(json()), forged), "signature-invalid");

        Map<String, String> headers = partner.sign("POST", VERIFY, utf8(json()), now, nonce, partner.keyId);
        send(HttpMethod.POST, VERIFY, utf8(json()), headers).andExpect(status().isOk());
        // spent by the answer's own ledger entry, in its commit
        assertThat(claimed(nonce)).isTrue();
        assertThat(lastEntry("exchange.verify", partner.code).get("outcome")).isEqualTo("SUCCESS");
        assertRefused(send(HttpMethod.POST, VERIFY, utf8(json()), headers), "replayed");
        assertThat((String) lastEntry("exchange.verify", partner.code).get("detail")).contains("refused: replayed");
    }

    @Test
    void aRefusalByThePolicySpendsTheNonceToo() throws Exception {
        String nonce = TestPartner.nonce();
        String body = verifyBody(pin, "{\"favouriteColour\":\"red\"}");
        Map<String, String> headers = partner.sign("POST", VERIFY, utf8(body), Instant.now().getEpochSecond(), nonce,
                partner.keyId);
        assertRefused(send(HttpMethod.POST, VERIFY, utf8(body), headers), "attribute-not-allowed");
        assertRefused(send(HttpMethod.POST, VERIFY, utf8(body), headers), "replayed");
        assertThat(claimed(nonce)).isTrue();
    }

    @Test
    void theReleaseBeforeAndThisOneRefuseEachOthersReplays() throws Exception {
        long now = Instant.now().getEpochSecond();
        // the release before claims its nonces in exchange.nonce, as this statement does
        String older = TestPartner.nonce();
        assertThat(claimAsTheReleaseBefore(older)).isOne();
        assertRefused(send(HttpMethod.POST, VERIFY, utf8(json()),
                partner.sign("POST", VERIFY, utf8(json()), now, older, partner.keyId)), "replayed");

        String newer = TestPartner.nonce();
        send(HttpMethod.POST, VERIFY, utf8(json()), partner.sign("POST", VERIFY, utf8(json()), now, newer, partner.keyId))
                .andExpect(status().isOk());
        assertThat(claimAsTheReleaseBefore(newer)).isZero();
    }

    private int claimAsTheReleaseBefore(String nonce) {
        return jdbc.sql("""
                        INSERT INTO exchange.nonce (key_id, nonce, expires_at) VALUES (:key, :nonce, now() + interval '6 minutes')
                        ON CONFLICT DO NOTHING""")
                .param("key", partner.keyId).param("nonce", nonce).update();
    }

    private boolean claimed(String nonce) {
        return jdbc.sql("SELECT count(*) FROM audit.claim WHERE claim_key = :key")
                .param("key", ExchangeAudit.NONCE_CLAIM + partner.keyId + " " + nonce).query(Long.class).single() == 1;
    }

    @Test
    void malformedSignatureFieldsAreRefused() throws Exception {
        Map<String, String> headers = new HashMap<>(partner.sign("POST", VERIFY, utf8(json())));
        headers.put("Signature-Input", "sig1=(\"@method\" \"@path\"");
        assertRefused(send(HttpMethod.POST, VERIFY, utf8(json()), headers), "malformed");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        byte[] large = new byte[70_000];
        java.util.Arrays.fill(large, (byte) 'a');
        assertRefused(send(HttpMethod.POST, VERIFY, large, partner.sign("POST", VERIFY, large)), "too-large");
    }
}
