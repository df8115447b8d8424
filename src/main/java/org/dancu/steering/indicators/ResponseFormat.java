package org.dancu.steering.indicators;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * JSON or CSV, as the caller chose: a {@code .csv} address, {@code format=csv|json}, or an
 * {@code Accept} header naming {@code text/csv}; JSON otherwise.
 */
enum ResponseFormat {
    JSON, CSV;

    static ResponseFormat of(HttpServletRequest request, String format) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip()) {
                case "csv" -> CSV;
                case "json" -> JSON;
                default -> throw InvalidIndicatorRequest.badRequest("steering.api.error.format", format.strip());
            };
        }
        if (request.getRequestURI().endsWith(".csv")) {
            return CSV;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/csv") ? CSV : JSON;
    }
}
