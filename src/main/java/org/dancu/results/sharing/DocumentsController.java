package org.dancu.results.sharing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.citizen.Citizen;
import org.dancu.results.IssuedResult;
import org.dancu.results.ResultCode;
import org.dancu.results.Results;
import org.dancu.results.rendition.ResultPdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "My documents" in the citizen portal: every result the signed-in citizen holds with its status, its PDF and
 * their share links (a new one for a chosen time, withdrawn with a button). Who the citizen is comes from the
 * e-ID principal only; the portal's guard refuses a request naming another ID before this runs.
 */
@Controller
class DocumentsController {

    static final String READ = "results.documents.read";
    static final String PDF = "results.documents.pdf";
    /** The lifetimes offered, in hours: an hour to thirty days, a week unless chosen otherwise. */
    static final List<Integer> LIFETIMES = List.of(1, 6, 24, 72, 168, 336, 720);

    private final Results results;
    private final ShareLinks shares;
    private final AuditLedger ledger;
    private final ResultPdf pdfs;

    DocumentsController(Results results, ShareLinks shares, AuditLedger ledger, ResultPdf pdfs) {
        this.results = results;
        this.shares = shares;
        this.ledger = ledger;
        this.pdfs = pdfs;
    }

    @GetMapping("/citizen/documents")
    String documents(Citizen citizen, HttpServletRequest request, Model model) {
        ledger.record(new AuditEntry(Actor.citizen(citizen.pin()), READ, ShareLinks.PERSON, citizen.pin().value(),
                null, request.getRemoteAddr(), Outcome.SUCCESS, null));
        List<IssuedResult> held = results.ofHolder(citizen.pin());
        Map<ResultCode, List<ShareLink>> links = shares.of(citizen.pin()).stream()
                .collect(Collectors.groupingBy(ShareLink::result));
        model.addAttribute("documents", held);
        model.addAttribute("links", links);
        model.addAttribute("lifetimes", LIFETIMES);
        model.addAttribute("usualLifetime", (int) ShareLink.USUAL.toHours());
        model.addAttribute("now", Instant.now());
        return "results/documents";
    }

    @PostMapping("/citizen/documents/{code}/share")
    String share(Citizen citizen, @PathVariable String code, @RequestParam(required = false) String hours,
                 HttpServletRequest request, RedirectAttributes redirect) {
        try {
            ResultCode result = ResultCode.read(code).toOptional()
                    .orElseThrow(() -> new SharingRefused("results.share.refused.no-result"));
            ShareLinks.Created created = shares.share(citizen.pin(), result, lifetime(hours), request.getRemoteAddr());
            redirect.addFlashAttribute("created", created.link());
            redirect.addFlashAttribute("createdUrl", ServletUriComponentsBuilder.fromContextPath(request)
                    .path("/r/s/{secret}").buildAndExpand(created.secret()).toUriString());
        } catch (SharingRefused refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
        }
        return "redirect:/citizen/documents";
    }

    @PostMapping("/citizen/documents/shares/{id}/revoke")
    String revoke(Citizen citizen, @PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            shares.revoke(citizen.pin(), id, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "results.share.revoked");
        } catch (SharingRefused refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
        }
        return "redirect:/citizen/documents";
    }

    /** The result's PDF, for its holder only; a code not theirs is refused as not found, and audited if it exists. */
    @GetMapping("/citizen/documents/{code}/pdf")
    ResponseEntity<byte[]> pdf(Citizen citizen, @PathVariable String code, HttpServletRequest request, Locale locale) {
        try {
            ResultCode asked = ResultCode.read(code).toOptional()
                    .orElseThrow(() -> new SharingRefused("results.share.refused.no-result"));
            IssuedResult result = shares.holdersResult(citizen.pin(), asked, PDF, request.getRemoteAddr());
            ledger.record(new AuditEntry(Actor.citizen(citizen.pin()), PDF, ShareLinks.PERSON, citizen.pin().value(),
                    null, request.getRemoteAddr(), Outcome.SUCCESS, AuditNote.of("audit.note.results.online-view",
                    result.code().value())));
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(result.code().value() + ".pdf").build().toString())
                    .body(pdfs.render(result, locale));
        } catch (SharingRefused refused) {
            return ResponseEntity.notFound().build();
        }
    }

    /** The lifetime chosen, in whole hours from an hour to thirty days; anything else is refused. */
    static Duration lifetime(String hours) {
        if (hours == null || !hours.strip().matches("\\d{1,4}")) {
            throw new SharingRefused("results.share.refused.lifetime");
        }
        return Duration.ofHours(Integer.parseInt(hours.strip()));
    }
}
