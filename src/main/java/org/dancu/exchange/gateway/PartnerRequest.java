package org.dancu.exchange.gateway;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.exchange.partners.Policy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A request whose signature, digest and freshness have been checked: who sent it, under which policy,
 * its body, what binds the answer to it (a request id of ours and the SHA-256 of the signature base it
 * was signed over), and its nonce, which the first ledger entry about the request claims.
 */
public record PartnerRequest(String partnerCode, String keyId, Policy policy, UUID requestId, String requestDigest,
                      String origin, byte[] body, UnspentNonce nonce) {

    private static final String ATTRIBUTE = PartnerRequest.class.getName();

    void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** The checked request; the signature filter guarantees one on every exchange API call. */
    public static PartnerRequest of(HttpServletRequest request) {
        Object attached = request.getAttribute(ATTRIBUTE);
        if (attached instanceof PartnerRequest partnerRequest) {
            return partnerRequest;
        }
        throw new ExchangeRefusal(ExchangeError.SIGNATURE_MISSING);
    }

    /** An answer bound to this request: our request id and the digest it answers, never cached. */
    public ResponseEntity.BodyBuilder answer(HttpStatus status) {
        return ResponseEntity.status(status)
                .header(ExchangeApi.REQUEST_ID, requestId.toString())
                .header(ExchangeApi.REQUEST_DIGEST, requestDigest)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
