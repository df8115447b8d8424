package org.dancu.citizen.consents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.audit.Actor;
import org.dancu.citizen.Citizen;
import org.dancu.citizen.internal.CitizenUser;
import org.dancu.civil.ProvinceTime;
import org.dancu.exchange.CitizenConsents;
import org.dancu.exchange.ConsentGrant;
import org.dancu.exchange.ConsentRefusedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My consents": the citizen's consents, and a form per partner that retrieves by consent to grant one
 * (purpose, the data, until a date), each revocable; the exchange checks, records and audits every act
 * through {@link CitizenConsents}, always for the signed-in citizen's own ID.
 */
@Controller
@RequestMapping("/citizen/consents")
class ConsentsController {

    private static final String NOTICE = "notice";
    private static final String REFUSAL = "refusal";
    private static final String BACK = "redirect:/citizen/consents";

    private final CitizenConsents consents;
    private final ProvinceTime time;

    ConsentsController(CitizenConsents consents, ProvinceTime time) {
        this.consents = consents;
        this.time = time;
    }

    @GetMapping
    String consents(@AuthenticationPrincipal CitizenUser user, HttpServletRequest request, Model model) {
        Citizen citizen = user.citizen();
        model.addAttribute("consents", consents.of(citizen.pin(), Actor.citizen(citizen.pin()),
                request.getRemoteAddr()));
        model.addAttribute("offers", consents.offers());
        model.addAttribute("today", time.today());
        model.addAttribute("latest", consents.latestValidUntil());
        return "citizen/consents";
    }

    @PostMapping
    String grant(@AuthenticationPrincipal CitizenUser user, @RequestParam String partnerCode,
                 @RequestParam(defaultValue = "") String purpose, @RequestParam(required = false) List<String> attributes,
                 @RequestParam(defaultValue = "") String validUntil,
                 HttpServletRequest request, RedirectAttributes redirect) {
        Citizen citizen = user.citizen();
        try {
            consents.grant(new ConsentGrant(citizen.pin(), partnerCode, purpose, attributes, date(validUntil)),
                    Actor.citizen(citizen.pin()), request.getRemoteAddr());
            redirect.addFlashAttribute(NOTICE, "citizen.consents.notice.granted");
        } catch (ConsentRefusedException refused) {
            redirect.addFlashAttribute(REFUSAL, refused.reason().messageKey());
        }
        return BACK;
    }

    /** The date a date field sends; none for anything else, which the exchange refuses as a missing date. */
    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal CitizenUser user, @PathVariable long id, HttpServletRequest request,
                  RedirectAttributes redirect) {
        Citizen citizen = user.citizen();
        try {
            consents.revoke(citizen.pin(), id, Actor.citizen(citizen.pin()), request.getRemoteAddr());
            redirect.addFlashAttribute(NOTICE, "citizen.consents.notice.revoked");
        } catch (ConsentRefusedException refused) {
            redirect.addFlashAttribute(REFUSAL, refused.reason().messageKey());
        }
        return BACK;
    }
}
