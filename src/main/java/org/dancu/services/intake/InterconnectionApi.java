package org.dancu.services.intake;

import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.civil.Pin;
import org.dancu.services.Channel;
import org.dancu.services.DossierRefusedException;
import org.dancu.services.ProcedureCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/services/v1/dossiers}: a dossier pushed by the national interconnection software, signed
 * (see {@link SignedDossiers}) and carrying an {@code Idempotency-Key}. 201 with the dossier's code when filed,
 * 200 with the same code for a resend, problem+json otherwise; nothing is filed on a refusal.
 */
@RestController
class InterconnectionApi {

    /** The body: the procedure's code, the applicant's ID, the declaration, results offered, attachments, legs. */
    record PushedDossier(String procedure, String applicant, Map<String, String> declaration,
                         Map<String, String> results, List<PushedFile> attachments, List<String> legs) {
    }

    /** @param content the file, base64 */
    record PushedFile(String component, String fileName, String content) {
    }

    record Answer(String dossier, boolean resent) {
    }

    private final InterconnectionFiling filing;
    private final DossierApiProblems problems;
    private final JsonMapper json;

    InterconnectionApi(InterconnectionFiling filing, DossierApiProblems problems, JsonMapper json) {
        this.filing = filing;
        this.problems = problems;
        this.json = json;
    }

    @PostMapping("/api/services/v1/dossiers")
    ResponseEntity<?> push(@RequestAttribute(SignedDossiers.BODY) byte[] body,
                           @RequestAttribute(SignedDossiers.KEY_ID) String keyId, HttpServletRequest request) {
        String idempotencyKey = request.getHeader("Idempotency-Key");
        if (idempotencyKey == null || !idempotencyKey.matches("[A-Za-z0-9._:-]{8,128}")) {
            return malformed("idempotency-key", request);
        }
        IntakeRequest pushed;
        try {
            pushed = intakeRequest(json.readValue(body, PushedDossier.class), keyId, idempotencyKey);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            return malformed("body", request);
        }
        try {
            InterconnectionFiling.Outcome outcome = filing.file(keyId, idempotencyKey, body, pushed,
                    request.getRemoteAddr());
            String code = outcome.code().value();
            return switch (outcome.kind()) {
                case FILED -> ResponseEntity.status(HttpStatus.CREATED).body(new Answer(code, false));
                case RESENT -> ResponseEntity.ok(new Answer(code, true));
                case KEY_REUSED -> problem(problems.refused(HttpStatus.CONFLICT, "services.intake.api.refused.key-reused",
                        new Object[] {code}, request));
            };
        } catch (MissingComponentsException missing) {
            ProblemDetail problem = problems.refused(HttpStatus.UNPROCESSABLE_CONTENT, missing.messageKey(),
                    missing.arguments(), request);
            problem.setProperty("missing", missing.missing().stream().map(c -> c.key()).toList());
            return problem(problem);
        } catch (ComponentRefusedException refused) {
            return problem(problems.refused(HttpStatus.UNPROCESSABLE_CONTENT, refused.messageKey(),
                    new Object[] {refused.component().key()}, request));
        } catch (DossierRefusedException refused) {
            return problem(problems.refused(HttpStatus.UNPROCESSABLE_CONTENT, refused.messageKey(),
                    refused.arguments(), request));
        }
    }

    private static IntakeRequest intakeRequest(PushedDossier pushed, String keyId, String idempotencyKey) {
        List<Attachment> files = pushed.attachments() == null ? List.of() : pushed.attachments().stream()
                .map(f -> Attachment.received(f.component(), f.fileName(), Base64.getDecoder().decode(f.content())))
                .toList();
        return new IntakeRequest(new ProcedureCode(pushed.procedure()), Channel.INTERCONNECTION,
                Pin.parse(pushed.applicant()).toOptional().orElseThrow(IllegalArgumentException::new),
                pushed.declaration() == null ? Map.of() : pushed.declaration(),
                pushed.results() == null ? Map.of() : pushed.results(), files,
                pushed.legs() == null ? java.util.Set.of() : new LinkedHashSet<>(pushed.legs()), null,
                keyId + ":" + idempotencyKey, Instant.now());
    }

    private ResponseEntity<ProblemDetail> malformed(String what, HttpServletRequest request) {
        return problem(problems.refused(HttpStatus.BAD_REQUEST, "services.intake.api.refused.malformed-" + what,
                null, request));
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
