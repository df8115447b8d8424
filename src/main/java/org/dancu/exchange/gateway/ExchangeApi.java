package org.dancu.exchange.gateway;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dancu.exchange.bulk.BulkJob;
import org.dancu.exchange.bulk.BulkVerifications;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner API. Every call is signed (docs/exchange.md); each answer carries our request id and
 * the SHA-256 of the signature base it answers, in the body and in the headers.
 */
@RestController
@RequestMapping(path = "/api/exchange/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Exchange gateway", description = "Identity verification and consented data for partner agencies; "
        + "requests signed with Ed25519 per RFC 9421, see docs/exchange.md")
@SecurityRequirement(name = "httpMessageSignature")
class ExchangeApi {

    static final String REQUEST_ID = "Exchange-Request-Id";
    static final String REQUEST_DIGEST = "Exchange-Request-Digest";

    private final Exchanges exchanges;
    private final BulkVerifications bulk;

    ExchangeApi(Exchanges exchanges, BulkVerifications bulk) {
        this.exchanges = exchanges;
        this.bulk = bulk;
    }

    record BulkStatus(String jobId, String status, int totalRows, int processedRows, String requestId,
                      String requestDigest) {
    }

    @PostMapping(path = "/verify", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify attributes of a person",
            description = "Body: {pin, purpose, endUser, caseRef, attributes: {fullName, birthDate, sex, …}}. "
                    + "Answers MATCH or NO_MATCH per attribute sent, never a value; an unknown ID answers NO_MATCH.")
    ResponseEntity<Exchanges.Verification> verify(HttpServletRequest request) {
        PartnerRequest checked = PartnerRequest.of(request);
        return bound(checked, HttpStatus.OK).body(exchanges.verify(checked));
    }

    @PostMapping(path = "/retrieve", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Retrieve attributes of a person with the citizen's consent",
            description = "Body: {pin, purpose, endUser, caseRef, attributes: [names]}. Needs the policy to allow "
                    + "the attributes and an active consent of the citizen for this partner, purpose and attributes.")
    ResponseEntity<Exchanges.Retrieval> retrieve(HttpServletRequest request) {
        PartnerRequest checked = PartnerRequest.of(request);
        return bound(checked, HttpStatus.OK).body(exchanges.retrieve(checked));
    }

    @PostMapping(path = "/bulk-verifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload a bulk verification",
            description = "Body: {purpose, endUser, caseRef, csv}; csv has the header pin,<attribute>,… and up to "
                    + "100,000 rows. Processed asynchronously; poll the status, then download the results.")
    ResponseEntity<BulkStatus> submitBulk(HttpServletRequest request) {
        PartnerRequest checked = PartnerRequest.of(request);
        return bound(checked, HttpStatus.ACCEPTED).body(status(checked, bulk.submit(checked)));
    }

    @GetMapping("/bulk-verifications/{jobId}")
    @Operation(summary = "Status of a bulk verification")
    ResponseEntity<BulkStatus> bulkStatus(HttpServletRequest request, @PathVariable String jobId) {
        PartnerRequest checked = PartnerRequest.of(request);
        return bound(checked, HttpStatus.OK).body(status(checked, bulk.status(checked, jobId(jobId))));
    }

    @GetMapping(path = "/bulk-verifications/{jobId}/result", produces = "text/csv")
    @Operation(summary = "Results of a finished bulk verification",
            description = "CSV: row,<attribute>,… with MATCH, NO_MATCH or INVALID (a row without a 12-digit ID "
                    + "or with the wrong number of fields).")
    ResponseEntity<String> bulkResult(HttpServletRequest request, @PathVariable String jobId) {
        PartnerRequest checked = PartnerRequest.of(request);
        return bound(checked, HttpStatus.OK).contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
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

    private static ResponseEntity.BodyBuilder bound(PartnerRequest request, HttpStatus status) {
        return ResponseEntity.status(status)
                .header(REQUEST_ID, request.requestId().toString())
                .header(REQUEST_DIGEST, request.requestDigest())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
