package org.dancu.payments.accounts;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.audit.Actor;
import org.dancu.audit.Outcome;
import org.dancu.citizen.Citizen;
import org.dancu.payments.PaymentRefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's welfare account in the portal (e-ID level 2, which the portal's chain requires under
 * {@code /citizen/payments}): the account payments go to, masked, and the form that links another. Whose
 * account it is comes from the e-ID principal only.
 */
@Controller
class CitizenAccountController {

    static final String PATH = "/citizen/payments/account";

    private final WelfareAccounts accounts;
    private final AccountAudit audit;

    CitizenAccountController(WelfareAccounts accounts, AccountAudit audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String page(Citizen citizen, HttpServletRequest request, Model model) {
        audit.record(Actor.citizen(citizen.pin()), "payments.account.read", citizen.pin(), request.getRemoteAddr(),
                Outcome.SUCCESS, null);
        return page(citizen, "", "", null, model);
    }

    @PostMapping(PATH)
    String link(Citizen citizen, @RequestParam(defaultValue = "") String bank,
                @RequestParam(defaultValue = "") String number, HttpServletRequest request, Model model,
                RedirectAttributes redirect) {
        try {
            Account linked = accounts.link(citizen.pin(), bank, number, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "payments.accounts.linked." + linked.status());
            return "redirect:" + PATH;
        } catch (PaymentRefusedException refused) {
            return page(citizen, bank, number, refused.messageKey(), model);
        }
    }

    private String page(Citizen citizen, String bank, String number, String refusal, Model model) {
        model.addAttribute("account", accounts.currentOf(citizen.pin()).map(AccountView::of).orElse(null));
        model.addAttribute("banks", PayingBanks.ALL);
        model.addAttribute("bank", bank);
        model.addAttribute("number", number);
        model.addAttribute("refusal", refusal);
        return "payments/citizen-account";
    }
}
