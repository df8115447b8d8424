package org.dancu.results.seal;

import jakarta.servlet.http.HttpServletRequest;
import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the province's signing keys ({@code /admin/results/keys}): the keys with their states
 * and windows, rotation, and withdrawal with a reason. Every change and every refusal is on the ledger.
 */
@Controller
class KeyAdministrationController {

    static final String PATH = "/admin/results/keys";
    static final String ROTATE = "results.key.rotate";
    static final String WITHDRAW = "results.key.withdraw";
    private static final int MAX_REASON = 500;

    private final ProvinceKeys keys;
    private final AuditLedger audit;

    KeyAdministrationController(ProvinceKeys keys, AuditLedger audit) {
        this.keys = keys;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String keys(Model model) {
        model.addAttribute("keys", keys.all());
        return "results/keys";
    }

    @PostMapping(PATH + "/rotate")
    String rotate(Authentication user, HttpServletRequest request, RedirectAttributes redirect) {
        ProvinceKey created = keys.rotate();
        record(user, request, ROTATE, created.keyId(), Outcome.SUCCESS, null);
        redirect.addFlashAttribute("notice", "results.keys.rotated");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{keyId}/withdraw")
    String withdraw(@PathVariable String keyId, @RequestParam(defaultValue = "") String reason, Authentication user,
                    HttpServletRequest request, RedirectAttributes redirect) {
        String refusal = null;
        if (reason.isBlank() || reason.length() > MAX_REASON) {
            refusal = "results.keys.error.reason";
        } else {
            try {
                keys.withdraw(keyId, reason.strip());
            } catch (IllegalArgumentException e) {
                refusal = "results.keys.error.unknown";
            } catch (IllegalStateException e) {
                refusal = "results.keys.error.withdrawn";
            }
        }
        record(user, request, WITHDRAW, keyId, refusal == null ? Outcome.SUCCESS : Outcome.DENIED,
                refusal == null ? reason.strip() : refusal);
        redirect.addFlashAttribute(refusal == null ? "notice" : "refusal",
                refusal == null ? "results.keys.withdrawn" : refusal);
        return "redirect:" + PATH;
    }

    private void record(Authentication user, HttpServletRequest request, String action, String keyId,
                        Outcome outcome, String detail) {
        audit.record(new AuditEntry(Actor.staff(user.getName()), action, "province-key", keyId, null,
                request.getRemoteAddr(), outcome, detail));
    }
}
