package org.dancu.payments.exceptions;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.payments.Disposition;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' exception queue, {@code /payments/exceptions}: the open exceptions of their scope (or the
 * resolved ones), each with the dispositions it may take, and the form that resolves one.
 */
@Controller
@PreAuthorize(ExceptionQueueController.OFFICERS)
class ExceptionQueueController {

    static final String OFFICERS = "hasAnyRole('PROVINCE_OFFICER','COMMUNE_OFFICER','AGENCY_OFFICER')";
    private static final int PAGE = 200;

    private final CurrentStaff staff;
    private final ExceptionQueueQuery queue;
    private final ExceptionDecisions decisions;

    ExceptionQueueController(CurrentStaff staff, ExceptionQueueQuery queue, ExceptionDecisions decisions) {
        this.staff = staff;
        this.queue = queue;
        this.decisions = decisions;
    }

    @GetMapping("/payments/exceptions")
    String list(@RequestParam(defaultValue = "false") boolean resolved, Model model) {
        model.addAttribute("rows", queue.list(staff.scope(), !resolved, PAGE));
        model.addAttribute("resolved", resolved);
        model.addAttribute("pins", staff.pinView());
        return "payments/exceptions";
    }

    @PostMapping("/payments/exceptions/{id}/resolve")
    String resolve(@PathVariable long id, @RequestParam(required = false) String disposition,
                   @RequestParam(defaultValue = "") String note, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            decisions.resolve(staff.scope(), id, parse(disposition), note, staff.actor(), request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "payments.exception.resolved");
        } catch (PaymentRefusedException refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
        }
        return "redirect:/payments/exceptions";
    }

    private static Disposition parse(String disposition) {
        try {
            return disposition == null ? null : Disposition.valueOf(disposition);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
