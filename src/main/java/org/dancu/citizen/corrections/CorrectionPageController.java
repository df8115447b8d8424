package org.dancu.citizen.corrections;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.citizen.internal.CitizenUser;
import org.dancu.civil.Pin;
import org.dancu.register.CorrectionClaim;
import org.dancu.register.CorrectionRefusedException;
import org.dancu.register.CorrectionRequests;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "This is wrong": the signed-in citizen's correction requests and the form that sends one to the
 * officers of their commune. The record is always the signed-in citizen's own; no ID is read from the
 * address or the form.
 */
@Controller
class CorrectionPageController {

    static final String PATH = "/citizen/record/corrections";

    private final CorrectionRequests requests;

    CorrectionPageController(CorrectionRequests requests) {
        this.requests = requests;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal CitizenUser user, Model model) {
        model.addAttribute("requests", requests.of(pin(user)));
        return "citizen/corrections";
    }

    @GetMapping(PATH + "/new")
    String form(Model model) {
        return form(Map.of(), Map.of(), null, model);
    }

    @PostMapping(PATH)
    String submit(@AuthenticationPrincipal CitizenUser user, @RequestParam Map<String, String> form, Locale locale,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            requests.submit(pin(user), CorrectionForm.claim(form), locale, request.getRemoteAddr());
        } catch (CorrectionRefusedException e) {
            return form(form, e.problems(), e.problems().isEmpty() ? e.messageKey() : null, model);
        }
        redirect.addFlashAttribute("notice", "citizen.correction.sent");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal CitizenUser user, @PathVariable long id, HttpServletRequest request,
                    RedirectAttributes redirect) {
        try {
            requests.withdraw(pin(user), id, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "citizen.correction.withdrawn");
        } catch (CorrectionRefusedException e) {
            redirect.addFlashAttribute("refusal", e.messageKey());
        }
        return "redirect:" + PATH;
    }

    private String form(Map<String, String> form, Map<String, String> errors, String error, Model model) {
        model.addAttribute("fields", CorrectionClaim.FIELDS);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
        return "citizen/correction-new";
    }

    private static Pin pin(CitizenUser user) {
        return user.citizen().pin();
    }
}
