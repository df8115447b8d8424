package org.dancu.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Enumeration;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * Checks a partner's request (RFC 9421 with Ed25519, RFC 9530 content digest) in an order that
 * spends no state on strangers: size, signature fields, key, digest, signature, freshness, and
 * only then the nonce, so that nobody can burn another partner's nonces.
 */
@Component
class SignedRequests {

    static final String SIGNATURE_INPUT = "Signature-Input";
    static final String SIGNATURE = "Signature";
    static final String CONTENT_DIGEST = "Content-Digest";
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9+/=_-]{16,128}");
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final Partners partners;
    private final NonceStore nonces;
    private final RateLimits rateLimits;
    private final ExchangeProperties properties;

    SignedRequests(Partners partners, NonceStore nonces, RateLimits rateLimits, ExchangeProperties properties) {
        this.partners = partners;
        this.nonces = nonces;
        this.rateLimits = rateLimits;
        this.properties = properties;
    }

    /** The key id a request claims, for the ledger entry of a refusal; null when it names none. */
    static String claimedKeyId(HttpServletRequest request) {
        String field = request.getHeader(SIGNATURE_INPUT);
        if (field == null) {
            return null;
        }
        try {
            String keyId = SignatureInput.parse(field).text("keyid");
            return keyId != null && KEY_ID.matcher(keyId).matches() ? keyId : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * @param maxBody the largest body this endpoint takes
     * @throws ExchangeRefusal   when any check fails; before the key is known it carries no partner
     * @throws PartnerRefusal    when the sender is authenticated but refused (replay, rate)
     */
    PartnerRequest check(HttpServletRequest request, int maxBody) throws IOException {
        String inputField = request.getHeader(SIGNATURE_INPUT);
        String signatureField = request.getHeader(SIGNATURE);
        if (inputField == null || signatureField == null) {
            throw new ExchangeRefusal(ExchangeError.SIGNATURE_MISSING);
        }
        byte[] body = body(request, maxBody);
        SignatureInput input;
        byte[] signature;
        try {
            input = SignatureInput.parse(inputField);
            signature = signature(signatureField, input.label());
        } catch (IllegalArgumentException e) {
            throw new ExchangeRefusal(ExchangeError.MALFORMED);
        }
        String keyId = input.text("keyid");
        Long created = input.number("created");
        String nonce = input.text("nonce");
        String alg = input.text("alg");
        if (keyId == null || created == null || nonce == null || !NONCE.matcher(nonce).matches()
                || alg != null && !alg.equals("ed25519")
                || !input.components().containsAll(SignatureInput.REQUIRED_COMPONENTS)) {
            throw new ExchangeRefusal(ExchangeError.SIGNATURE_INVALID);
        }
        PartnerKey key = partners.activeKey(keyId).orElseThrow(() -> new ExchangeRefusal(ExchangeError.UNKNOWN_KEY));
        if (!ContentDigest.matches(request.getHeader(CONTENT_DIGEST), body)) {
            throw new ExchangeRefusal(ExchangeError.DIGEST_MISMATCH);
        }
        String base;
        try {
            base = SignatureBase.of(input, component -> componentValue(request, component));
        } catch (IllegalArgumentException e) {
            throw new ExchangeRefusal(ExchangeError.SIGNATURE_INVALID);
        }
        byte[] baseBytes = base.getBytes(StandardCharsets.UTF_8);
        if (!Ed25519Keys.verify(key.publicKey(), baseBytes, signature)) {
            throw new ExchangeRefusal(ExchangeError.SIGNATURE_INVALID);
        }
        PartnerRequest checked = new PartnerRequest(key.partnerCode(), keyId, key.policy(), UUID.randomUUID(),
                ContentDigest.sha256Hex(baseBytes), request.getRemoteAddr(), body);
        Instant now = Instant.now();
        long window = properties.window().toSeconds();
        if (Math.abs(now.getEpochSecond() - created) > window) {
            throw new PartnerRefusal(checked, ExchangeError.STALE);
        }
        Long expires = input.number("expires");
        if (expires != null && now.getEpochSecond() > expires) {
            // RFC 9421, 3.2: a signature whose expiration time has passed must not be accepted
            throw new PartnerRefusal(checked, ExchangeError.EXPIRED);
        }
        if (!nonces.claim(keyId, nonce, Instant.ofEpochSecond(created + window + 1))) {
            throw new PartnerRefusal(checked, ExchangeError.REPLAYED);
        }
        if (!rateLimits.tryAcquire(key.partnerCode(), key.policy().ratePerMinute(), System.nanoTime())) {
            throw new PartnerRefusal(checked, ExchangeError.RATE_LIMITED);
        }
        return checked;
    }

    private static byte[] body(HttpServletRequest request, int maxBody) throws IOException {
        if (request.getContentLengthLong() > maxBody) {
            throw new ExchangeRefusal(ExchangeError.TOO_LARGE);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBody + 1);
            if (body.length > maxBody) {
                throw new ExchangeRefusal(ExchangeError.TOO_LARGE);
            }
            return body;
        }
    }

    /** The {@code Signature} field's member for the label: {@code sig1=:<base64>:}. */
    private static byte[] signature(String field, String label) {
        for (String member : field.split(",")) {
            String trimmed = member.strip();
            if (trimmed.startsWith(label + "=:") && trimmed.endsWith(":")
                    && trimmed.length() > label.length() + 3) {
                return Base64.getDecoder().decode(trimmed.substring(label.length() + 2, trimmed.length() - 1));
            }
        }
        throw new IllegalArgumentException("no signature for the label");
    }

    /** A covered component's value as RFC 9421 §2 defines it; null when the request lacks it. */
    static String componentValue(HttpServletRequest request, String component) {
        switch (component) {
            case "@method":
                return request.getMethod();
            case "@path":
                return request.getRequestURI();
            case "@query":
                return "?" + (request.getQueryString() == null ? "" : request.getQueryString());
            case "@authority":
                String host = request.getHeader("Host");
                return host == null ? null : host.toLowerCase(Locale.ROOT);
            default:
                if (component.startsWith("@")) {
                    return null;
                }
                Enumeration<String> values = request.getHeaders(component);
                if (values == null || !values.hasMoreElements()) {
                    return null;
                }
                StringBuilder joined = new StringBuilder();
                while (values.hasMoreElements()) {
                    joined.append(joined.isEmpty() ? "" : ", ").append(values.nextElement().strip());
                }
                return joined.toString();
        }
    }
}
