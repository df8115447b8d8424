package org.dancu.exchange.gateway;

import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * Why the gateway refused a request. The code is the last segment of the problem type and the
 * {@code code} member of the problem document; none of them tells whether an ID exists.
 */
public enum ExchangeError {
    SIGNATURE_MISSING(HttpStatus.UNAUTHORIZED),
    SIGNATURE_INVALID(HttpStatus.UNAUTHORIZED),
    UNKNOWN_KEY(HttpStatus.UNAUTHORIZED),
    STALE(HttpStatus.UNAUTHORIZED),
    EXPIRED(HttpStatus.UNAUTHORIZED),
    REPLAYED(HttpStatus.UNAUTHORIZED),
    DIGEST_MISMATCH(HttpStatus.BAD_REQUEST),
    TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    MALFORMED(HttpStatus.BAD_REQUEST),
    OPERATION_NOT_ALLOWED(HttpStatus.FORBIDDEN),
    ATTRIBUTE_NOT_ALLOWED(HttpStatus.FORBIDDEN),
    PURPOSE_NOT_ALLOWED(HttpStatus.FORBIDDEN),
    CONSENT_MISSING(HttpStatus.FORBIDDEN),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS),
    JOB_UNKNOWN(HttpStatus.NOT_FOUND),
    JOB_NOT_FINISHED(HttpStatus.CONFLICT),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE);

    private final HttpStatus status;

    ExchangeError(HttpStatus status) {
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    /** {@code signature-missing}, {@code rate-limited}, … */
    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
