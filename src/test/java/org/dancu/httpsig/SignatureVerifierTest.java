package org.dancu.httpsig;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The signer's requests pass the verifier; every kind of tampering, staleness and replay is refused with its reason. */
class SignatureVerifierTest {

    private static final List<String> COMPONENTS = List.of("@method", "@path", "content-digest", "idempotency-key");
    private static final String KEY_ID = "province-11";
    private static final byte[] BODY = "{\"pin\":\"011099123456\"}".getBytes(StandardCharsets.UTF_8);
    private static final long NOW = 1_800_000_000L;

    private final KeyPair keys = keys();
    private final KeyLookup<String> lookup = KeyLookup.of(
            id -> id.equals(KEY_ID) ? Optional.of("the province") : Optional.empty(),
            holder -> VerificationKey.of(keys.getPublic()));
    private final RecentNonces nonces = new RecentNonces();
    private final SignatureVerifier verifier = new SignatureVerifier(COMPONENTS, Duration.ofMinutes(5), null);

    private static KeyPair keys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request as the receiver sees it: its components and fields by lower-case name. */
    private Map<String, String> request(RequestSigner signer, long created, Long expires) {
        Map<String, String> components = new HashMap<>(Map.of("@method", "POST", "@path", "/national/v1/verify",
                "idempotency-key", "k1"));
        signer.sign(components, BODY, created, RequestSigner.nonce(), expires)
                .forEach((name, value) -> components.put(name.toLowerCase(), value));
        return components;
    }

    private Map<String, String> request(long created) {
        return request(new RequestSigner(KEY_ID, keys.getPrivate(), COMPONENTS, null), created, null);
    }

    private Verification<String> verify(SignatureVerifier verifier, Map<String, String> request, byte[] body,
                                        long now) {
        return verifier.verify(request::get, body, lookup, Instant.ofEpochSecond(now)).claimedIn(nonces);
    }

    private Verification<String> verify(Map<String, String> request) {
        return verify(verifier, request, BODY, NOW);
    }

    @Test
    void aSignedRequestIsVerifiedAndNamesItsKey() {
        Verification<String> verification = verify(request(NOW));

        assertThat(verification.verified()).isTrue();
        assertThat(verification.refusal()).isEmpty();
        assertThat(verification.key()).isEqualTo("the province");
        assertThat(verification.keyId()).isEqualTo(KEY_ID);
        assertThat(new String(verification.signatureBase(), StandardCharsets.UTF_8))
                .startsWith("\"@method\": POST\n\"@path\": /national/v1/verify\n\"content-digest\": sha-256=:")
                .contains("\n\"idempotency-key\": k1\n\"@signature-params\": (\"@method\" \"@path\" "
                        + "\"content-digest\" \"idempotency-key\");created=1800000000;keyid=\"province-11\";nonce=\"");
    }

    @Test
    void aTamperedBodyIsRefusedByItsDigest() {
        byte[] other = "{\"pin\":\"011099123457\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(verify(verifier, request(NOW), other, NOW).refusal()).contains(Refusal.DIGEST_MISMATCH);
    }

    @Test
    void aTamperedComponentBreaksTheSignature() {
        Map<String, String> request = request(NOW);
        request.put("@path", "/national/v1/verify-batch");
        Verification<String> verification = verify(request);

        assertThat(verification.refusal()).contains(Refusal.BAD_SIGNATURE);
        assertThat(verification.key()).isNull();
    }

    @Test
    void aCoveredComponentTheRequestLacksIsRefused() {
        Map<String, String> request = request(NOW);
        request.remove("idempotency-key");
        assertThat(verify(request).refusal()).contains(Refusal.COMPONENT_ABSENT);
    }

    @Test
    void anOldOrFutureCreatedTimeIsRefusedButNamesTheKeyHolder() {
        Verification<String> old = verify(request(NOW - 301));
        Verification<String> future = verify(request(NOW + 301));

        assertThat(old.refusal()).contains(Refusal.CREATED_TOO_OLD);
        assertThat(future.refusal()).contains(Refusal.CREATED_IN_FUTURE);
        assertThat(old.refusal().orElseThrow().authenticated()).isTrue();
        assertThat(old.key()).isEqualTo("the province");
        assertThat(verify(request(NOW - 300)).verified()).isTrue();
    }

    @Test
    void aSignaturePastItsExpiresIsRefused() {
        RequestSigner signer = new RequestSigner(KEY_ID, keys.getPrivate(), COMPONENTS, null);
        assertThat(verify(request(signer, NOW - 10, NOW - 1)).refusal()).contains(Refusal.EXPIRED);
        assertThat(verify(request(signer, NOW - 10, NOW + 60)).verified()).isTrue();
    }

    @Test
    void aReplayedNonceIsRefusedAndAStaleOneBurnsNothing() {
        Map<String, String> request = request(NOW);
        Map<String, String> stale = request(NOW - 3_600);
        assertThat(verify(stale).refusal()).contains(Refusal.CREATED_TOO_OLD);

        assertThat(verify(request).verified()).isTrue();
        assertThat(verify(request).refusal()).contains(Refusal.REPLAYED);
        assertThat(verify(request(NOW)).verified()).isTrue();
    }

    @Test
    void anUnknownKeyIdOrAnotherKeyIsRefused() throws Exception {
        KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertThat(verify(request(new RequestSigner("someone-else", keys.getPrivate(), COMPONENTS, null), NOW, null))
                .refusal()).contains(Refusal.UNKNOWN_KEY);
        assertThat(verify(request(new RequestSigner(KEY_ID, stranger.getPrivate(), COMPONENTS, null), NOW, null))
                .refusal()).contains(Refusal.BAD_SIGNATURE);
    }

    @Test
    void theTagAndAlgorithmMustBeTheExpectedOnes() {
        SignatureVerifier tagged = new SignatureVerifier(COMPONENTS, Duration.ofMinutes(5), "dancu-national");
        Map<String, String> untagged = request(NOW);
        Map<String, String> wrongTag = request(new RequestSigner(KEY_ID, keys.getPrivate(), COMPONENTS, "other"),
                NOW, null);
        Map<String, String> rightTag = request(
                new RequestSigner(KEY_ID, keys.getPrivate(), COMPONENTS, "dancu-national"), NOW, null);
        Map<String, String> otherAlgorithm = request(NOW);
        otherAlgorithm.put("signature-input", otherAlgorithm.get("signature-input").replace("ed25519", "rsa-pss-sha512"));

        assertThat(verify(tagged, untagged, BODY, NOW).refusal()).contains(Refusal.WRONG_TAG);
        assertThat(verify(tagged, wrongTag, BODY, NOW).refusal()).contains(Refusal.WRONG_TAG);
        assertThat(verify(tagged, rightTag, BODY, NOW).verified()).isTrue();
        assertThat(verify(otherAlgorithm).refusal()).contains(Refusal.WRONG_ALGORITHM);
    }

    @Test
    void missingMalformedAndIncompleteSignaturesAreRefusedBeforeAnyKeyIsLookedUp() {
        Map<String, String> unsigned = new HashMap<>(Map.of("@method", "POST", "@path", "/national/v1/verify"));
        Map<String, String> garbled = request(NOW);
        garbled.put("signature", "sig2=:AAAA:");
        Map<String, String> uncovered = request(
                new RequestSigner(KEY_ID, keys.getPrivate(), List.of("@method", "@path", "content-digest"), null),
                NOW, null);
        Map<String, String> noNonce = request(NOW);
        noNonce.put("signature-input", noNonce.get("signature-input").replaceAll(";nonce=\"[^\"]*\"", ""));

        assertThat(verify(unsigned).refusal()).contains(Refusal.MISSING);
        assertThat(verify(garbled).refusal()).contains(Refusal.MALFORMED);
        assertThat(verify(uncovered).refusal()).contains(Refusal.COMPONENTS_NOT_COVERED);
        assertThat(verify(noNonce).refusal()).contains(Refusal.PARAMETERS_MISSING);
    }
}
