package org.dancu.payments.accounts;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.payments.PaymentRefusedException;
import org.dancu.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' review of accounts whose holder's name only came close to the register's, within their
 * communes: the register's name beside the bank's, the score, accept (verified) or refuse.
 */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_OFFICER','COMMUNE_OFFICER')")
class AccountReviewController {

    static final String PATH = "/payments/accounts/review";

    private final WelfareAccounts accounts;
    private final CurrentStaff staff;

    AccountReviewController(WelfareAccounts accounts, CurrentStaff staff) {
        this.accounts = accounts;
        this.staff = staff;
    }

    /** An account in the queue: the view, the register's name, the ID as the officer sees IDs. */
    record Row(AccountView account, String registerName, String pin) {
    }

    @GetMapping(PATH)
    String list(HttpServletRequest request, Model model) {
        List<Row> rows = accounts.toReview(staff.scope(), staff.actor(), request.getRemoteAddr()).stream()
                .map(item -> new Row(AccountView.of(item.account()), item.registerName(),
                        staff.pinView().of(item.account().pin().value())))
                .toList();
        model.addAttribute("rows", rows);
        return "payments/accounts-review";
    }

    @PostMapping("/payments/accounts/{id}/accept")
    String accept(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        return decided(redirect, "payments.accounts.review.accepted",
                () -> accounts.accept(id, staff.scope(), staff.actor(), request.getRemoteAddr()));
    }

    @PostMapping("/payments/accounts/{id}/refuse")
    String refuse(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        return decided(redirect, "payments.accounts.review.refused",
                () -> accounts.refuse(id, staff.scope(), staff.actor(), request.getRemoteAddr()));
    }

    private static String decided(RedirectAttributes redirect, String notice, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (PaymentRefusedException refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
        }
        return "redirect:" + PATH;
    }
}
