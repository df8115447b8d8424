package org.dancu.services.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.httpsig.KeyLookup;
import org.dancu.httpsig.Refusal;
import org.dancu.httpsig.SignatureVerifier;
import org.dancu.httpsig.Verification;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates each request of the national interconnection software by its RFC 9421 signature over the
 * method, path, {@code Content-Digest} and {@code Idempotency-Key}, checked by {@code httpsig}. The nonce is
 * spent by the request's ledger entry, in the entry's commit, so every instance refuses a replay; a refusal
 * is answered here, audited, before any controller runs.
 */
class SignedDossiers extends OncePerRequestFilter {

    static final List<String> COVERED = List.of("@method", "@path", "content-digest", "idempotency-key");
    static final String BODY = "org.dancu.services.intake.SignedDossiers.body";
    static final String KEY_ID = "org.dancu.services.intake.SignedDossiers.keyId";
    static final String RECEIVED = "services.api.receive";
    static final String REFUSED = "services.api.refused";
    /** Dossiers carry their attachments in the body, base64. */
    static final int MAX_BODY = 48 * 1024 * 1024;
    private static final Duration WINDOW = Duration.ofMinutes(5);

    private final SignatureVerifier verifier = new SignatureVerifier(COVERED, WINDOW, null);
    private final KeyLookup<InterconnectionKeys.SenderKey> keys;
    private final AuditLedger ledger;
    private final DossierApiProblems problems;

    SignedDossiers(InterconnectionKeys keys, AuditLedger ledger, DossierApiProblems problems) {
        this.keys = KeyLookup.of(keys::find, InterconnectionKeys.SenderKey::publicKey);
        this.ledger = ledger;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "too-large", null);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "too-large", null);
            return;
        }
        Verification<InterconnectionKeys.SenderKey> verification = verifier.verify(
                component -> component(request, component), body, keys, Instant.now());
        if (!verification.verified()) {
            Refusal refusal = verification.refusal().orElseThrow();
            refuse(request, response, refusal == Refusal.DIGEST_MISMATCH || refusal == Refusal.MALFORMED
                    ? HttpStatus.BAD_REQUEST : HttpStatus.UNAUTHORIZED, refusal.name().toLowerCase().replace('_', '-'),
                    refusal.authenticated() ? verification.keyId() : null);
            return;
        }
        String keyId = verification.keyId();
        boolean fresh = ledger.recordOnce(new AuditEntry(Actor.system("interconnection:" + keyId), RECEIVED, null,
                        null, null, request.getRemoteAddr(), Outcome.SUCCESS,
                        AuditNote.of("audit.note.services.api.receive", request.getHeader("Idempotency-Key"))),
                "services.nonce " + verification.nonce().key(), verification.nonce().keepUntil());
        if (!fresh) {
            refuse(request, response, HttpStatus.UNAUTHORIZED, "replayed", keyId);
            return;
        }
        request.setAttribute(BODY, body);
        request.setAttribute(KEY_ID, keyId);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                keyId, null, List.of(new SimpleGrantedAuthority("ROLE_INTERCONNECTION"))));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                        String keyId) throws IOException {
        ledger.record(new AuditEntry(keyId == null ? Actor.anonymous("interconnection")
                : Actor.system("interconnection:" + keyId), REFUSED, null, null, null, request.getRemoteAddr(),
                Outcome.DENIED, AuditNote.of("audit.note.services.api.refused", code)));
        problems.write(response, problems.problem(status, code,
                problems.messageOr("services.intake.api.refused." + code, code, request), request));
    }

    /** A covered component's value (RFC 9421 §2): the method, the path as sent, or a field's lines joined. */
    private static String component(HttpServletRequest request, String component) {
        return switch (component) {
            case "@method" -> request.getMethod();
            case "@path" -> request.getRequestURI();
            default -> component.startsWith("@") || request.getHeader(component) == null ? null
                    : String.join(", ", java.util.Collections.list(request.getHeaders(component)).stream()
                    .map(String::strip).toList());
        };
    }
}
