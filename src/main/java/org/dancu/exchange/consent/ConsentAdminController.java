package org.dancu.exchange.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.civil.PartialDate;
import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.exchange.gateway.ExchangeAudit;
import org.dancu.exchange.partners.Attribute;
import org.dancu.exchange.partners.Partners;
import org.dancu.security.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's consent pages: a citizen's consents by ID, recorded and revoked on their behalf. */
@Controller
@RequestMapping("/admin/exchange")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class ConsentAdminController {

    private static final Pattern PURPOSE = Pattern.compile("[a-z0-9._-]{1,64}");
    private static final String NOTICE = "notice";
    private static final String REFUSAL = "refusal";

    private final Consents consents;
    private final Partners partners;
    private final ExchangeAudit audit;
    private final CurrentStaff staff;
    private final ProvinceTime time;

    ConsentAdminController(Consents consents, Partners partners, ExchangeAudit audit, CurrentStaff staff,
                           ProvinceTime time) {
        this.consents = consents;
        this.partners = partners;
        this.audit = audit;
        this.staff = staff;
        this.time = time;
    }

    @GetMapping("/consents")
    String consents(@RequestParam(required = false) String pin, HttpServletRequest request, Model model) {
        model.addAttribute("partners", partners.all());
        model.addAttribute("attributes", Arrays.stream(Attribute.values()).map(Attribute::apiName).toList());
        if (pin != null && !pin.isBlank()) {
            if (!Pin.hasShape(pin.strip())) {
                model.addAttribute(REFUSAL, "exchange.admin.refused.pin");
            } else {
                String checked = pin.strip();
                audit.record(new AuditEntry(staff.actor(), "exchange.consent.read", ExchangeAudit.PERSON, checked,
                        null, request.getRemoteAddr(), Outcome.SUCCESS, null));
                model.addAttribute("pin", checked);
                model.addAttribute("consents", consents.ofPin(checked));
                model.addAttribute("today", time.today());
            }
        }
        return "exchange/consents";
    }

    @PostMapping("/consents")
    String recordConsent(@RequestParam String pin, @RequestParam String partnerCode, @RequestParam String purpose,
                         @RequestParam(required = false) List<String> attributes, @RequestParam LocalDate expiresOn,
                         HttpServletRequest request, RedirectAttributes redirect) {
        List<String> names = new ArrayList<>();
        for (String attribute : attributes == null ? List.<String>of() : attributes) {
            Attribute.byApiName(attribute).ifPresent(a -> names.add(a.apiName()));
        }
        String checked = pin.strip();
        if (!Pin.hasShape(checked) || partners.find(partnerCode).isEmpty()
                || !PURPOSE.matcher(purpose.strip()).matches() || names.isEmpty()
                || expiresOn.isBefore(time.today())) {
            redirect.addFlashAttribute(REFUSAL, "exchange.admin.refused.consent");
            return "redirect:/admin/exchange/consents" + (Pin.hasShape(checked) ? "?pin=" + checked : "");
        }
        long id = consents.record(checked, partnerCode, purpose.strip(), names, expiresOn, staff.actor().id());
        audit.record(new AuditEntry(staff.actor(), "exchange.consent.record", ExchangeAudit.PERSON, checked,
                purpose.strip(), request.getRemoteAddr(), Outcome.SUCCESS,
                AuditNote.of("audit.note.consent-recorded", id, partnerCode, String.join(", ", names),
                        PartialDate.of(expiresOn).toDayFirst())));
        redirect.addFlashAttribute(NOTICE, "exchange.admin.notice.consent-recorded");
        return "redirect:/admin/exchange/consents?pin=" + checked;
    }

    @PostMapping("/consents/{id}/revoke")
    String revokeConsent(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        String pin = consents.pinOf(id);
        if (pin == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (consents.revoke(id, staff.actor().id())) {
            audit.record(new AuditEntry(staff.actor(), "exchange.consent.revoke", ExchangeAudit.PERSON, pin, null,
                    request.getRemoteAddr(), Outcome.SUCCESS, AuditNote.of("audit.note.consent-revoked", id)));
            redirect.addFlashAttribute(NOTICE, "exchange.admin.notice.consent-revoked");
        }
        return "redirect:/admin/exchange/consents?pin=" + pin;
    }
}
