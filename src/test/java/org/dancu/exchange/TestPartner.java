package org.dancu.exchange;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.dancu.exchange.partners.PartnerSeeds;
import org.dancu.httpsig.ContentDigest;
import org.springframework.context.ApplicationContext;

/**
 * A partner registered for a test or a benchmark with its own Ed25519 key pair, signing requests as a partner
 * system would: the test's own implementation of RFC 9421, independent of the server's. Exchange's published test
 * support (the benchmarks use it too).
 */
public final class TestPartner {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();

    public final String code;
    public final String keyId;
    private final KeyPair keys;

    private TestPartner(String code, String keyId, KeyPair keys) {
        this.code = code;
        this.keyId = keyId;
        this.keys = keys;
    }

    /** A new active partner whose policy allows everything for the purpose {@code identity-check}. */
    public static TestPartner create(ApplicationContext context, int ratePerMinute) throws Exception {
        int n = SEQUENCE.incrementAndGet();
        String code = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + n;
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String keyId = code.toLowerCase() + "-key";
        PartnerSeeds.register(context, code, "Test partner " + n, keyId, keys.getPublic(), ratePerMinute);
        return new TestPartner(code, keyId, keys);
    }

    /** This partner may from now on only retrieve these attributes, for {@code identity-check}. */
    public TestPartner retrievingOnly(ApplicationContext context, String... attributes) {
        PartnerSeeds.retrieveOnly(context, code, java.util.Set.of(attributes));
        return this;
    }

    /** This partner may from now on only verify, so no consent can be granted to it. */
    public TestPartner verifyingOnly(ApplicationContext context) {
        PartnerSeeds.verifyOnly(context, code);
        return this;
    }

    public static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public Map<String, String> sign(String method, String path, byte[] body) {
        return sign(method, path, body, Instant.now().getEpochSecond(), nonce(), keyId);
    }

    public Map<String, String> sign(String method, String path, byte[] body, long created, String nonce, String keyId) {
        return sign(method, path, body, created, nonce, keyId, "");
    }

    /** Signed with further signature parameters after the nonce, such as {@code ;expires=…}. */
    public Map<String, String> sign(String method, String path, byte[] body, long created, String nonce, String keyId,
                                    String moreParameters) {
        String digest = ContentDigest.of(body);
        String params = "(\"@method\" \"@path\" \"content-digest\");created=" + created + ";keyid=\"" + keyId
                + "\";nonce=\"" + nonce + "\"" + moreParameters;
        String base = "\"@method\": " + method + "\n\"@path\": " + path + "\n\"content-digest\": " + digest
                + "\n\"@signature-params\": " + params;
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(base.getBytes(StandardCharsets.UTF_8));
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Digest", digest);
            headers.put("Signature-Input", "sig1=" + params);
            headers.put("Signature", "sig1=:" + Base64.getEncoder().encodeToString(signer.sign()) + ":");
            headers.put("X-Test-Base-Sha256", ContentDigest.sha256Hex(base.getBytes(StandardCharsets.UTF_8)));
            return headers;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public java.security.PrivateKey privateKey() {
        return keys.getPrivate();
    }
}
