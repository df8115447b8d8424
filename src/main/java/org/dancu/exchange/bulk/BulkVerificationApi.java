package org.dancu.exchange.bulk;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dancu.exchange.gateway.ExchangeError;
import org.dancu.exchange.gateway.ExchangeRefusal;
import org.dancu.exchange.gateway.PartnerRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The partner API's bulk verification calls, signed and answered like the gateway's other calls. */
@RestController
@RequestMapping(path = "/api/exchange/v1/bulk-verifications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Exchange gateway")
@SecurityRequirement(name = "httpMessageSignature")
class BulkVerificationApi {

    private final BulkVerifications bulk;

    BulkVerificationApi(BulkVerifications bulk) {
        this.bulk = bulk;
    }

    record BulkStatus(String jobId, String status, int totalRows, int processedRows, String requestId,
                      String requestDigest) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload a bulk verification",
            description = "Body: {purpose, endUser, caseRef, csv}; csv has the header pin,<attribute>,… and up to "
                    + "100,000 rows. Processed asynchronously; poll the status, then download the results.")
    ResponseEntity<BulkStatus> submitBulk(HttpServletRequest request) {
        PartnerRequest checked = PartnerRequest.of(request);
        return checked.answer(HttpStatus.ACCEPTED).body(status(checked, bulk.submit(checked)));
    }

    @GetMapping("/{jobId}")
    @Operation(summary = "Status of a bulk verification")
    ResponseEntity<BulkStatus> bulkStatus(HttpServletRequest request, @PathVariable String jobId) {
        PartnerRequest checked = PartnerRequest.of(request);
        return checked.answer(HttpStatus.OK).body(status(checked, bulk.status(checked, jobId(jobId))));
    }

    @GetMapping(path = "/{jobId}/result", produces = "text/csv")
    @Operation(summary = "Results of a finished bulk verification",
            description = "CSV: row,<attribute>,… with MATCH, NO_MATCH or INVALID (a row without a 12-digit ID "
                    + "or with the wrong number of fields).")
    ResponseEntity<String> bulkResult(HttpServletRequest request, @PathVariable String jobId) {
        PartnerRequest checked = PartnerRequest.of(request);
        return checked.answer(HttpStatus.OK).contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(bulk.result(checked, jobId(jobId)));
    }

    private static BulkStatus status(PartnerRequest request, BulkJob job) {
        return new BulkStatus(job.jobId().toString(), job.status(), job.totalRows(), job.cursorRow(),
                request.requestId().toString(), request.requestDigest());
    }

    private static UUID jobId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ExchangeRefusal(ExchangeError.JOB_UNKNOWN);
        }
    }
}
