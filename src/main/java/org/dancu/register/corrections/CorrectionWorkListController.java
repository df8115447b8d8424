package org.dancu.register.corrections;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.register.CorrectionRefusedException;
import org.dancu.register.CorrectionRequestView;
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
 * The officers' work list of citizens' correction requests, and the decision on one: accept (the
 * record is corrected as asked) or reject with a reason. Province and commune officers only; each
 * sees the requests of their scope's persons.
 */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_OFFICER','COMMUNE_OFFICER')")
class CorrectionWorkListController {

    static final String PATH = "/register/corrections";

    private final CorrectionDecisions decisions;
    private final CurrentStaff staff;

    CorrectionWorkListController(CorrectionDecisions decisions, CurrentStaff staff) {
        this.decisions = decisions;
        this.staff = staff;
    }

    /** An open request as the list shows it: the person, the ID as the officer sees IDs, its age in whole days. */
    record Row(CorrectionRequestView request, long personId, String fullName, String pin, long ageDays) {
    }

    @GetMapping(PATH)
    String list(HttpServletRequest request, Model model) {
        Instant now = Instant.now();
        List<Row> rows = decisions.workList(request.getRemoteAddr()).stream()
                .map(item -> new Row(CitizenCorrections.view(item.request()), item.request().personId(),
                        item.fullName(), staff.pinView().of(item.request().citizen().value()),
                        Duration.between(item.request().submittedAt(), now).toDays()))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("total", decisions.countOpen());
        return "register/corrections";
    }

    @PostMapping(PATH + "/{id}/accept")
    String accept(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            decisions.accept(id, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "register.correction.accepted");
        } catch (CorrectionRefusedException e) {
            refused(redirect, id, e);
        }
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, HttpServletRequest request,
                  RedirectAttributes redirect) {
        try {
            decisions.reject(id, reason, request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "register.correction.rejected");
        } catch (CorrectionRefusedException e) {
            refused(redirect, id, e);
        }
        return "redirect:" + PATH;
    }

    /** The refusal as the list's alert, and beside the request it concerns. */
    private static void refused(RedirectAttributes redirect, long id, CorrectionRefusedException e) {
        redirect.addFlashAttribute("refusal", e.messageKey());
        redirect.addFlashAttribute("refusedRequest", id);
    }
}
