package org.dancu.exchange.gateway;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.audit.AuditUnavailableException;
import org.dancu.exchange.bulk.BulkVerifications;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The partner API's refusals as problem documents; a ledger outage withholds the answer. */
@RestControllerAdvice(basePackageClasses = {ExchangeApi.class, BulkVerifications.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExchangeApiProblems {

    private final ExchangeProblems problems;

    ExchangeApiProblems(ExchangeProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ExchangeRefusal.class)
    ResponseEntity<Map<String, Object>> refused(ExchangeRefusal refusal, HttpServletRequest request) {
        return problem(request, refusal.error());
    }

    @ExceptionHandler(AuditUnavailableException.class)
    ResponseEntity<Map<String, Object>> unaudited(HttpServletRequest request) {
        return problem(request, ExchangeError.UNAVAILABLE);
    }

    private ResponseEntity<Map<String, Object>> problem(HttpServletRequest request, ExchangeError error) {
        Object attached = request.getAttribute(PartnerRequest.class.getName());
        PartnerRequest checked = attached instanceof PartnerRequest p ? p : null;
        ResponseEntity.BodyBuilder response = ResponseEntity.status(error.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (checked != null) {
            response.header(ExchangeApi.REQUEST_ID, checked.requestId().toString())
                    .header(ExchangeApi.REQUEST_DIGEST, checked.requestDigest());
        }
        return response.body(problems.body(request, error, checked == null ? null : checked.requestId()));
    }
}
