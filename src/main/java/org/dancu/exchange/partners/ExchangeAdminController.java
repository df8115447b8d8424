package org.dancu.exchange.partners;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.Outcome;
import org.dancu.exchange.gateway.ExchangeAudit;
import org.dancu.exchange.gateway.UsageCounters;
import org.dancu.httpsig.VerificationKey;
import org.dancu.security.CurrentStaff;
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
 * The administrator's pages for partners, their keys and policies, and usage. Every change is
 * written to the audit ledger.
 */
@Controller
@RequestMapping("/admin/exchange")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class ExchangeAdminController {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{2,32}");
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern PURPOSE = Pattern.compile("[a-z0-9._-]{1,64}");
    private static final String NOTICE = "notice";
    private static final String REFUSAL = "refusal";

    private final Partners partners;
    private final UsageCounters usage;
    private final ExchangeAudit audit;
    private final CurrentStaff staff;

    ExchangeAdminController(Partners partners, UsageCounters usage, ExchangeAudit audit, CurrentStaff staff) {
        this.partners = partners;
        this.usage = usage;
        this.audit = audit;
        this.staff = staff;
    }

    @GetMapping
    String partners(Model model) {
        model.addAttribute("partners", partners.all());
        model.addAttribute("usage", usage.totals(30));
        return "exchange/partners";
    }

    @PostMapping("/partners")
    String create(@RequestParam String code, @RequestParam String name, @RequestParam(required = false) String agency,
                  @RequestParam(required = false) String systems, @RequestParam(required = false) String contact,
                  HttpServletRequest request, RedirectAttributes redirect) {
        String normalised = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(normalised).matches() || name.isBlank() || !storable(name, agency, systems, contact)) {
            redirect.addFlashAttribute(REFUSAL, "exchange.admin.refused.partner");
            return "redirect:/admin/exchange";
        }
        if (!partners.create(new Partner(normalised, name.strip(), blankToNull(agency), blankToNull(systems),
                blankToNull(contact), true))) {
            redirect.addFlashAttribute(REFUSAL, "exchange.admin.refused.partner-taken");
            return "redirect:/admin/exchange";
        }
        changed("exchange.partner.create", normalised, request, null);
        return toPartner(normalised, "exchange.admin.notice.created", redirect);
    }

    @GetMapping("/partners/{code}")
    String partner(@PathVariable String code, Model model) {
        Partner partner = partners.find(code).orElseThrow(NotFound::new);
        model.addAttribute("partner", partner);
        model.addAttribute("policy", partners.policy(code));
        model.addAttribute("keys", partners.keysOf(code));
        model.addAttribute("operations", Operation.values());
        model.addAttribute("attributes", Arrays.stream(Attribute.values()).map(Attribute::apiName).toList());
        return "exchange/partner";
    }

    @PostMapping("/partners/{code}/policy")
    String policy(@PathVariable String code, @RequestParam(required = false) List<String> operations,
                  @RequestParam(required = false) List<String> attributes, @RequestParam String purposes,
                  @RequestParam int ratePerMinute, HttpServletRequest request, RedirectAttributes redirect) {
        partners.find(code).orElseThrow(NotFound::new);
        Set<Operation> allowedOperations = EnumSet.noneOf(Operation.class);
        Set<String> allowedAttributes = new LinkedHashSet<>();
        Set<String> allowedPurposes = new LinkedHashSet<>();
        try {
            (operations == null ? List.<String>of() : operations).forEach(o -> allowedOperations.add(Operation.valueOf(o)));
            for (String attribute : attributes == null ? List.<String>of() : attributes) {
                allowedAttributes.add(Attribute.byApiName(attribute).orElseThrow().apiName());
            }
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            return toPartner(code, REFUSAL, "exchange.admin.refused.policy", redirect);
        }
        for (String purpose : purposes.split("[,\\s]+")) {
            if (!purpose.isBlank()) {
                if (!PURPOSE.matcher(purpose).matches()) {
                    return toPartner(code, REFUSAL, "exchange.admin.refused.policy", redirect);
                }
                allowedPurposes.add(purpose);
            }
        }
        if (ratePerMinute < 1 || ratePerMinute > 10_000_000) {
            return toPartner(code, REFUSAL, "exchange.admin.refused.policy", redirect);
        }
        partners.savePolicy(new Policy(code, allowedOperations, allowedAttributes, allowedPurposes, ratePerMinute));
        changed("exchange.policy.update", code, request, "operations " + allowedOperations + "; attributes "
                + allowedAttributes + "; purposes " + allowedPurposes + "; rate " + ratePerMinute);
        return toPartner(code, "exchange.admin.notice.policy", redirect);
    }

    @PostMapping("/partners/{code}/keys")
    String addKey(@PathVariable String code, @RequestParam String keyId, @RequestParam String publicKey,
                  HttpServletRequest request, RedirectAttributes redirect) {
        partners.find(code).orElseThrow(NotFound::new);
        byte[] raw;
        try {
            raw = VerificationKey.parse(publicKey);
        } catch (IllegalArgumentException e) {
            return toPartner(code, REFUSAL, "exchange.admin.refused.key", redirect);
        }
        if (!KEY_ID.matcher(keyId.strip()).matches()) {
            return toPartner(code, REFUSAL, "exchange.admin.refused.key-id", redirect);
        }
        if (!partners.addKey(code, keyId.strip(), raw, staff.actor().id())) {
            return toPartner(code, REFUSAL, "exchange.admin.refused.key-taken", redirect);
        }
        changed("exchange.key.add", code, request, "key " + keyId.strip());
        return toPartner(code, "exchange.admin.notice.key-added", redirect);
    }

    @PostMapping("/partners/{code}/keys/{keyId}/revoke")
    String revokeKey(@PathVariable String code, @PathVariable String keyId, HttpServletRequest request,
                     RedirectAttributes redirect) {
        partners.revokeKey(code, keyId);
        changed("exchange.key.revoke", code, request, "key " + keyId);
        return toPartner(code, "exchange.admin.notice.key-revoked", redirect);
    }

    @PostMapping("/partners/{code}/active")
    String active(@PathVariable String code, @RequestParam boolean active, HttpServletRequest request,
                  RedirectAttributes redirect) {
        partners.find(code).orElseThrow(NotFound::new);
        partners.setActive(code, active);
        changed(active ? "exchange.partner.enable" : "exchange.partner.disable", code, request, null);
        return toPartner(code, "exchange.admin.notice.saved", redirect);
    }

    private void changed(String action, String partnerCode, HttpServletRequest request, String detail) {
        audit.record(new AuditEntry(staff.actor(), action, "exchange-partner", partnerCode, null,
                request.getRemoteAddr(), Outcome.SUCCESS, detail));
    }

    private static String toPartner(String code, String notice, RedirectAttributes redirect) {
        return toPartner(code, NOTICE, notice, redirect);
    }

    private static String toPartner(String code, String kind, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute(kind, message);
        redirect.addAttribute("code", code);
        return "redirect:/admin/exchange/partners/{code}";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean storable(String... texts) {
        for (String text : texts) {
            if (text != null && (text.length() > 200 || text.chars().anyMatch(Character::isISOControl))) {
                return false;
            }
        }
        return true;
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static final class NotFound extends RuntimeException {
        NotFound() {
            super(null, null, false, false);
        }
    }
}
