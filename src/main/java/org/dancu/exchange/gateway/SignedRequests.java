package org.dancu.exchange.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.exchange.partners.PartnerKey;
import org.dancu.exchange.partners.Partners;
import org.dancu.httpsig.ContentDigest;
import org.dancu.httpsig.KeyLookup;
import org.dancu.httpsig.Refusal;
import org.dancu.httpsig.SignatureInput;
import org.dancu.httpsig.SignatureVerifier;
import org.dancu.httpsig.Verification;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Checks a partner's request: its size, then its signature (RFC 9421 with Ed25519, RFC 9530
 * content digest, freshness) by the one verifier of {@code httpsig}, then the partner's rate. The
 * signature must cover {@code @method}, {@code @path} and {@code content-digest}. The nonce is not
 * claimed here but by the request's ledger entry ({@link ExchangeAudit}), in the entry's commit.
 */
@Component
class SignedRequests {

    static final List<String> REQUIRED_COMPONENTS = List.of("@method", "@path", "content-digest");
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final KeyLookup<PartnerKey> keys;
    private final RateLimits rateLimits;
    private final SignatureVerifier verifier;
    private final int maxBody;
    private final int maxBulkBody;

    SignedRequests(Partners partners, RateLimits rateLimits, ExchangeProperties properties) {
        this.keys = KeyLookup.of(partners::activeKey, PartnerKey::publicKey);
        this.rateLimits = rateLimits;
        this.verifier = new SignatureVerifier(REQUIRED_COMPONENTS, properties.window(), null);
        this.maxBody = properties.maxBody();
        this.maxBulkBody = properties.maxBulkBody();
    }

    /** The key id a request claims, for the ledger entry of a refusal; null when it names none. */
    static String claimedKeyId(HttpServletRequest request) {
        String field = request.getHeader("Signature-Input");
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
     * @throws ExchangeRefusal   when any check fails; before the key is known it carries no partner
     * @throws PartnerRefusal    when the sender is authenticated but refused (stale, expired, rate)
     */
    PartnerRequest check(HttpServletRequest request) throws IOException {
        byte[] body = body(request, maxBodyOf(request));
        Verification<PartnerKey> verification = verifier.verify(component -> componentValue(request, component),
                body, keys, Instant.now());
        Refusal refusal = verification.refusal().orElse(null);
        if (refusal != null && !refusal.authenticated()) {
            throw new ExchangeRefusal(error(refusal));
        }
        PartnerKey key = verification.key();
        PartnerRequest checked = new PartnerRequest(key.partnerCode(), key.keyId(), key.policy(), UUID.randomUUID(),
                ContentDigest.sha256Hex(verification.signatureBase()), request.getRemoteAddr(), body,
                refusal == null ? UnspentNonce.of(verification.nonce()) : UnspentNonce.none());
        if (refusal != null) {
            throw new PartnerRefusal(checked, error(refusal));
        }
        if (!rateLimits.tryAcquire(key.partnerCode(), key.policy().ratePerMinute(), System.nanoTime())) {
            throw new PartnerRefusal(checked, ExchangeError.RATE_LIMITED);
        }
        return checked;
    }

    /** The largest body the request's endpoint takes: a bulk upload carries a whole file. */
    private int maxBodyOf(HttpServletRequest request) {
        boolean bulkUpload = HttpMethod.POST.matches(request.getMethod())
                && SignatureFilter.BULK_PATH.equals(request.getRequestURI());
        return bulkUpload ? maxBulkBody : maxBody;
    }

    /** The gateway's problem for the verifier's refusal: partners see the coarser codes of docs/exchange.md. */
    private static ExchangeError error(Refusal refusal) {
        switch (refusal) {
            case MISSING:
                return ExchangeError.SIGNATURE_MISSING;
            case MALFORMED:
                return ExchangeError.MALFORMED;
            case UNKNOWN_KEY:
                return ExchangeError.UNKNOWN_KEY;
            case DIGEST_MISMATCH:
                return ExchangeError.DIGEST_MISMATCH;
            case CREATED_TOO_OLD:
            case CREATED_IN_FUTURE:
                return ExchangeError.STALE;
            case EXPIRED:
                return ExchangeError.EXPIRED;
            default:
                return ExchangeError.SIGNATURE_INVALID;
        }
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

    /** A covered component's value as RFC 9421 §2 defines it; null when the request lacks it. */
    private static String componentValue(HttpServletRequest request, String component) {
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
