package org.dancu.exchange.gateway;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

    ExchangeApi(Exchanges exchanges) {
        this.exchanges = exchanges;
    }

    @PostMapping(path = "/verify", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify attributes of a person",
            description = "Body: {pin, purpose, endUser, caseRef, attributes: {fullName, birthDate, sex, …}}. "
                    + "Answers MATCH or NO_MATCH per attribute sent, never a value; an unknown ID answers NO_MATCH.")
    ResponseEntity<Exchanges.Verification> verify(HttpServletRequest request) {
        PartnerRequest checked = PartnerRequest.of(request);
        return checked.answer(HttpStatus.OK).body(exchanges.verify(checked));
    }

    @PostMapping(path = "/retrieve", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Retrieve attributes of a person with the citizen's consent",
            description = "Body: {pin, purpose, endUser, caseRef, attributes: [names]}. Needs the policy to allow "
                    + "the attributes and an active consent of the citizen for this partner, purpose and attributes.")
    ResponseEntity<Exchanges.Retrieval> retrieve(HttpServletRequest request) {
        PartnerRequest checked = PartnerRequest.of(request);
        return checked.answer(HttpStatus.OK).body(exchanges.retrieve(checked));
    }
}
