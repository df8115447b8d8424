package org.dancu.payments.beneficiaries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.civil.ProvinceTime;
import org.dancu.payments.PayChannel;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.Programmes;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /payments/beneficiaries}: a province or commune officer enters a decision's beneficiary and sees the
 * latest lines of their scope; {@code /payments/beneficiaries/review}: the lines the linkage engine was not sure
 * of, each with its candidates, where the officer picks the person or none. Refusals are said in words and
 * change nothing; each person shown is on the ledger.
 */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_OFFICER','COMMUNE_OFFICER')")
class BeneficiaryController {

    static final String READ = "payments.beneficiary.read";

    /**
     * A candidate as the review shows them: the register's person, or null when they are gone. Only candidates
     * living within the officer's scope are shown.
     */
    record CandidateView(Beneficiaries.Candidate candidate, RegisteredPerson person) {
    }

    /** A line awaiting review with its candidates. */
    record ReviewLine(BeneficiaryListQuery.Row line, List<CandidateView> candidates) {
    }

    private final DecisionEntry entry;
    private final BeneficiaryListQuery lists;
    private final Beneficiaries beneficiaries;
    private final RegisteredPersons persons;
    private final Programmes programmes;
    private final CurrentStaff staff;
    private final AuditLedger ledger;

    BeneficiaryController(DecisionEntry entry, BeneficiaryListQuery lists, Beneficiaries beneficiaries,
                          RegisteredPersons persons, Programmes programmes, CurrentStaff staff, AuditLedger ledger) {
        this.entry = entry;
        this.lists = lists;
        this.beneficiaries = beneficiaries;
        this.persons = persons;
        this.programmes = programmes;
        this.staff = staff;
        this.ledger = ledger;
    }

    @GetMapping("/payments/beneficiaries")
    String list(HttpServletRequest request, Model model) {
        List<BeneficiaryListQuery.Row> rows = lists.latest(staff.scope());
        audit(rows.stream().map(BeneficiaryListQuery.Row::pin).toList(), request);
        model.addAttribute("rows", rows);
        model.addAttribute("programmes", programmes.inForce(today()));
        model.addAttribute("channels", PayChannel.values());
        return "payments/beneficiaries";
    }

    @PostMapping("/payments/beneficiaries")
    String enter(@ModelAttribute DecisionInput input, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            DecisionEntry.Entered entered = entry.enter(input, staff.scope(), staff.actor(), request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "payments.beneficiaries.entered." + entered.status().name());
            if (entered.status() == BeneficiaryStatus.TO_REVIEW) {
                return "redirect:/payments/beneficiaries/review";
            }
        } catch (PaymentRefusedException refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
            redirect.addFlashAttribute("input", input);
        }
        return "redirect:/payments/beneficiaries";
    }

    @GetMapping("/payments/beneficiaries/review")
    String review(HttpServletRequest request, Model model) {
        List<ReviewLine> lines = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (BeneficiaryListQuery.Row row : lists.toReview(staff.scope())) {
            List<Beneficiaries.Candidate> candidates = beneficiaries.candidates(row.id());
            Map<Long, RegisteredPerson> byId = persons.byIds(candidates.stream()
                            .map(Beneficiaries.Candidate::personId).toList()).stream()
                    .collect(Collectors.toMap(RegisteredPerson::personId, Function.identity()));
            List<CandidateView> views = candidates.stream()
                    .map(c -> new CandidateView(c, byId.get(c.personId())))
                    .filter(view -> view.person() == null
                            || lists.communeInScope(DecisionEntry.communeOf(view.person()), staff.scope()))
                    .toList();
            lines.add(new ReviewLine(row, views));
            views.stream().filter(view -> view.person() != null && view.person().pin() != null)
                    .forEach(view -> shown.add(view.person().pin().value()));
        }
        audit(shown, request);
        model.addAttribute("lines", lines);
        return "payments/beneficiaries-review";
    }

    @PostMapping("/payments/beneficiaries/{id}/pick")
    String pick(@PathVariable long id, @RequestParam long personId, HttpServletRequest request,
                RedirectAttributes redirect) {
        try {
            DecisionEntry.Entered entered = entry.pick(id, personId, staff.scope(), staff.actor(),
                    request.getRemoteAddr());
            redirect.addFlashAttribute("notice", entered.reason() == null
                    ? "payments.beneficiaries.entered." + entered.status().name()
                    : "payments.beneficiaries.picked." + entered.reason());
        } catch (PaymentRefusedException refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
        }
        return "redirect:/payments/beneficiaries/review";
    }

    @PostMapping("/payments/beneficiaries/{id}/dismiss")
    String dismiss(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            entry.dismiss(id, staff.scope(), staff.actor(), request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "payments.beneficiaries.review.dismissed");
        } catch (PaymentRefusedException refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
        }
        return "redirect:/payments/beneficiaries/review";
    }

    private void audit(List<String> pins, HttpServletRequest request) {
        List<AuditEntry> entries = pins.stream().filter(pin -> pin != null)
                .map(pin -> new AuditEntry(staff.actor(), READ, "person", pin, null, request.getRemoteAddr(),
                        Outcome.SUCCESS, null))
                .toList();
        if (!entries.isEmpty()) {
            ledger.recordAll(entries);
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ProvinceTime.VIETNAM);
    }
}
