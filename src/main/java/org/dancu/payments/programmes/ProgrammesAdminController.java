package org.dancu.payments.programmes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.Month;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.civil.ProvinceTime;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.Programme;
import org.dancu.payments.ProgrammeCode;
import org.dancu.payments.ProgrammeKind;
import org.dancu.payments.ProgrammeRule;
import org.dancu.payments.Vnd;
import org.dancu.security.AgencyDirectory;
import org.dancu.security.CurrentStaff;
import org.springframework.http.HttpStatus;
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
 * {@code /admin/payments/programmes}: the administrator reads the programmes and each one's versions, and records
 * a new version of a programme's rule (its figure in whole dong, the months it pays, the cut-off day, the ages,
 * the legal basis and source) from a day not in the past, so cycles already built keep theirs. A bad value is
 * refused in words and records nothing; each version is on the ledger.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class ProgrammesAdminController {

    static final String EDIT = "payments.programme.edit";
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final ProgrammeVersions versions;
    private final CurrentStaff staff;
    private final AuditLedger ledger;
    private final AgencyDirectory agencies;

    ProgrammesAdminController(ProgrammeVersions versions, CurrentStaff staff, AuditLedger ledger,
                              AgencyDirectory agencies) {
        this.versions = versions;
        this.agencies = agencies;
        this.staff = staff;
        this.ledger = ledger;
    }

    @GetMapping("/admin/payments/programmes")
    String list(Locale locale, Model model) {
        model.addAttribute("programmes", versions.latest());
        model.addAttribute("agencies", agencies.all(locale));
        return "payments/admin-programmes";
    }

    @GetMapping("/admin/payments/programmes/{code}")
    String one(@PathVariable String code, Locale locale, Model model) {
        Programme programme = programme(code);
        model.addAttribute("programme", programme);
        model.addAttribute("agency", agencies.name(programme.payingAgency(), locale).orElse(programme.payingAgency()));
        model.addAttribute("months", Month.values());
        model.addAttribute("history", versions.history(programme.code()));
        model.addAttribute("rule", ProgrammeEntry.RuleEntry.of(programme.rule()));
        model.addAttribute("from", DAY_FIRST.format(today().plusDays(1)));
        return "payments/admin-programme";
    }

    @PostMapping("/admin/payments/programmes/{code}")
    String record(@PathVariable String code, @RequestParam String figure,
                  @RequestParam(required = false) List<Integer> payMonths, @RequestParam(required = false) String payDate,
                  @RequestParam String cutOffDay, @RequestParam(required = false) String minimumAge,
                  @RequestParam(required = false) String maximumAge, @RequestParam String legalBasis,
                  @RequestParam String source, @RequestParam String effectiveFrom, HttpServletRequest request,
                  RedirectAttributes redirect) {
        Programme programme = programme(code);
        try {
            LocalDate from = day(effectiveFrom, "effective-from");
            if (from.isBefore(today())) {
                throw new PaymentRefusedException("payments.programmes.refused.past");
            }
            long dong = dong(figure, programme.kind());
            ProgrammeKind kind = programme.kind();
            ProgrammeRule rule = new ProgrammeEntry.RuleEntry(from,
                    kind == ProgrammeKind.MONTHLY_ASSISTANCE || kind == ProgrammeKind.SOCIAL_PENSION ? dong : null,
                    kind == ProgrammeKind.STUDY_SUPPORT ? dong : null, kind == ProgrammeKind.ONE_OFF ? dong : null,
                    payMonths, blank(payDate) ? null : day(payDate, "pay-date"),
                    whole(cutOffDay, "cut-off"), blank(minimumAge) ? null : whole(minimumAge, "ages"),
                    blank(maximumAge) ? null : whole(maximumAge, "ages"), legalBasis, source).rule(kind);
            versions.addEdited(programme.code(), rule, staff.principal().orElseThrow().getUsername(), Instant.now());
            ledger.record(new AuditEntry(staff.actor(), EDIT, "programme", code, null, request.getRemoteAddr(),
                    Outcome.SUCCESS, AuditNote.of("audit.note.payments.programme.edit", DAY_FIRST.format(from))));
            redirect.addFlashAttribute("notice", "payments.programmes.recorded");
        } catch (PaymentRefusedException refused) {
            redirect.addFlashAttribute("refusal", refused.messageKey());
        }
        return "redirect:/admin/payments/programmes/" + code;
    }

    private Programme programme(String code) {
        try {
            ProgrammeCode programmeCode = new ProgrammeCode(code);
            return versions.inForce(programmeCode, today()).or(() -> versions.latest().stream()
                            .filter(p -> p.code().equals(programmeCode)).findFirst())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException notACode) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** The formula's figure in whole dong ({@link Vnd#parse}); decimals are refused. */
    private static long dong(String text, ProgrammeKind kind) {
        try {
            return Vnd.parse(text).dong();
        } catch (IllegalArgumentException notWhole) {
            throw new PaymentRefusedException("payments.programmes.refused.figure." + kind.name());
        }
    }

    private static int whole(String text, String what) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new PaymentRefusedException("payments.programmes.refused." + what);
        }
    }

    private static LocalDate day(String text, String what) {
        try {
            return LocalDate.parse(text.strip(), DAY_FIRST);
        } catch (DateTimeParseException e) {
            throw new PaymentRefusedException("payments.programmes.refused." + what);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static LocalDate today() {
        return LocalDate.now(ProvinceTime.VIETNAM);
    }
}
