package org.dancu.exchange.consent;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.exchange.CitizenConsents;
import org.dancu.exchange.ConsentGrant;
import org.dancu.exchange.ConsentRefusedException;
import org.dancu.exchange.partners.Attribute;
import org.dancu.security.CurrentStaff;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's consent pages: a citizen's consents by ID, recorded and revoked on their behalf
 * through {@link CitizenConsents}, the same rules and ledger entries as the citizen's own page.
 */
@Controller
@RequestMapping("/admin/exchange")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class ConsentAdminController {

    private static final String NOTICE = "notice";
    private static final String REFUSAL = "refusal";
    private static final String PIN_REFUSAL = "exchange.admin.refused.pin";

    private final CitizenConsents consents;
    private final CurrentStaff staff;
    private final ProvinceTime time;

    ConsentAdminController(CitizenConsents consents, CurrentStaff staff, ProvinceTime time) {
        this.consents = consents;
        this.staff = staff;
        this.time = time;
    }

    @GetMapping("/consents")
    String consents(@RequestParam(required = false) String pin, HttpServletRequest request, Model model) {
        model.addAttribute("partners", consents.offers());
        model.addAttribute("attributes", Arrays.stream(Attribute.values()).map(Attribute::apiName).toList());
        if (pin != null && !pin.isBlank()) {
            Optional<Pin> citizen = Pin.parse(pin.strip()).toOptional();
            if (citizen.isEmpty()) {
                model.addAttribute(REFUSAL, PIN_REFUSAL);
            } else {
                model.addAttribute("pin", citizen.get().value());
                model.addAttribute("consents", consents.of(citizen.get(), staff.actor(), request.getRemoteAddr()));
                model.addAttribute("today", time.today());
            }
        }
        return "exchange/consents";
    }

    @PostMapping("/consents")
    String recordConsent(@RequestParam String pin, @RequestParam String partnerCode, @RequestParam String purpose,
                         @RequestParam(required = false) List<String> attributes,
                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
                         HttpServletRequest request, RedirectAttributes redirect) {
        Optional<Pin> citizen = Pin.parse(pin.strip()).toOptional();
        if (citizen.isEmpty()) {
            redirect.addFlashAttribute(REFUSAL, PIN_REFUSAL);
            return "redirect:/admin/exchange/consents";
        }
        try {
            consents.grant(new ConsentGrant(citizen.get(), partnerCode, purpose.strip(), attributes, expiresOn),
                    staff.actor(), request.getRemoteAddr());
            redirect.addFlashAttribute(NOTICE, "exchange.admin.notice.consent-recorded");
        } catch (ConsentRefusedException refused) {
            redirect.addFlashAttribute(REFUSAL, refused.reason().messageKey());
        }
        return "redirect:/admin/exchange/consents?pin=" + citizen.get().value();
    }

    @PostMapping("/consents/{id}/revoke")
    String revokeConsent(@PathVariable long id, @RequestParam String pin, HttpServletRequest request,
                         RedirectAttributes redirect) {
        Optional<Pin> citizen = Pin.parse(pin.strip()).toOptional();
        if (citizen.isEmpty()) {
            redirect.addFlashAttribute(REFUSAL, PIN_REFUSAL);
            return "redirect:/admin/exchange/consents";
        }
        try {
            consents.revoke(citizen.get(), id, staff.actor(), request.getRemoteAddr());
            redirect.addFlashAttribute(NOTICE, "exchange.admin.notice.consent-revoked");
        } catch (ConsentRefusedException refused) {
            redirect.addFlashAttribute(REFUSAL, refused.reason().messageKey());
        }
        return "redirect:/admin/exchange/consents?pin=" + citizen.get().value();
    }
}
