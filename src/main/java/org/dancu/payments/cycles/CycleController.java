package org.dancu.payments.cycles;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.ProgrammeCode;
import org.dancu.payments.Programmes;
import org.dancu.security.CurrentStaff;
import org.dancu.security.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The paying agencies' cycles: the list, a cycle with its control totals, its lines by status and its
 * files, and the maker's and the checker's moves. Province officers see every programme's cycles; an
 * agency officer those of the programmes their agency pays.
 */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_OFFICER','AGENCY_OFFICER')")
class CycleController {

    static final String PATH = "/payments/cycles";

    private final CycleListQuery list;
    private final CycleDecisions decisions;
    private final Programmes programmes;
    private final CurrentStaff staff;
    private final MessageSource messages;

    CycleController(CycleListQuery list, CycleDecisions decisions, Programmes programmes, CurrentStaff staff,
                    MessageSource messages) {
        this.list = list;
        this.decisions = decisions;
        this.programmes = programmes;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String cycles(Model model) {
        model.addAttribute("cycles", list.visibleTo(staff.scope()));
        model.addAttribute("programmes", programmes.inForce(decisions.today()).stream()
                .filter(programme -> list.mayPay(staff.scope(), programme.payingAgency())).toList());
        model.addAttribute("month", YearMonth.from(decisions.today()).plusMonths(1).toString());
        return "payments/cycles";
    }

    @GetMapping(PATH + "/{id}")
    String cycle(@PathVariable long id, Model model) {
        CycleListQuery.Row cycle = visible(id);
        model.addAttribute("cycle", cycle);
        model.addAttribute("lines", list.lines(id));
        model.addAttribute("files", list.files(id));
        model.addAttribute("me", username());
        model.addAttribute("lockable", decisions.today().isAfter(cycle.cutOff()));
        return "payments/cycle";
    }

    @PostMapping(PATH)
    String open(@RequestParam String programme, @RequestParam String month, RedirectAttributes redirect,
                Locale locale) {
        try {
            ProgrammeCode code = new ProgrammeCode(programme);
            if (programmes.find(code, decisions.today()).filter(p -> list.mayPay(staff.scope(), p.payingAgency()))
                    .isEmpty()) {
                throw new PaymentRefusedException("payments.cycles.error.programme", programme);
            }
            Cycle cycle = decisions.open(code, YearMonth.parse(month));
            redirect.addFlashAttribute("notice", "payments.cycles.opened");
            return "redirect:" + PATH + "/" + cycle.id();
        } catch (PaymentRefusedException refused) {
            refuse(redirect, refused, locale);
        } catch (IllegalArgumentException | DateTimeParseException wrong) {
            refuse(redirect, new PaymentRefusedException("payments.cycles.error.open"), locale);
        }
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/lock")
    String lock(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return decided(id, redirect, locale, "payments.cycles.locked", () -> decisions.lock(id, staff.actor()));
    }

    @PostMapping(PATH + "/{id}/prepare")
    String prepare(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return decided(id, redirect, locale, "payments.cycles.prepared", () -> decisions.prepare(id, username()));
    }

    @PostMapping(PATH + "/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return decided(id, redirect, locale, "payments.cycles.approved", () -> decisions.approve(id, username()));
    }

    @PostMapping(PATH + "/{id}/send")
    String send(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return decided(id, redirect, locale, "payments.cycles.sending", () -> decisions.send(id, username()));
    }

    private String decided(long id, RedirectAttributes redirect, Locale locale, String notice, Runnable decision) {
        visible(id);
        try {
            decision.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (PaymentRefusedException refused) {
            refuse(redirect, refused, locale);
        }
        return "redirect:" + PATH + "/" + id;
    }

    private void refuse(RedirectAttributes redirect, PaymentRefusedException refused, Locale locale) {
        redirect.addFlashAttribute("refusalText", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
    }

    private CycleListQuery.Row visible(long id) {
        return list.find(staff.scope(), id).orElseThrow(() -> new ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private String username() {
        return staff.principal().map(StaffPrincipal::getUsername).orElseThrow();
    }
}
