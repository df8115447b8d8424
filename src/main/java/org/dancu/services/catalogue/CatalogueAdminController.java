package org.dancu.services.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.civil.ProvinceTime;
import org.dancu.security.CurrentStaff;
import org.dancu.services.OnlineLevel;
import org.dancu.workdays.TimeLimit;
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
 * {@code /admin/services/procedures}: the administrator reads the catalogue in effect and each procedure's
 * versions, and records a new version (names, online level, fee, time limit, legal basis, source) from a day
 * not in the past. A bad value is refused in words and records nothing; each version is on the ledger.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class CatalogueAdminController {

    static final String EDIT = "services.catalogue.edit";
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final long MOST_FEE = 100_000_000;

    private final ProcedureVersions versions;
    private final CurrentStaff staff;
    private final AuditLedger ledger;

    CatalogueAdminController(ProcedureVersions versions, CurrentStaff staff, AuditLedger ledger) {
        this.versions = versions;
        this.staff = staff;
        this.ledger = ledger;
    }

    @GetMapping("/admin/services/procedures")
    String list(Model model) {
        model.addAttribute("procedures", versions.allInEffect(today()));
        return "services/admin-procedures";
    }

    @GetMapping("/admin/services/procedures/{code}")
    String one(@PathVariable String code, Model model) {
        List<ProcedureVersions.Version> history = versions.history(code);
        if (history.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        CatalogueEntry current = versions.inEffect(code, today()).orElse(history.get(0).entry());
        model.addAttribute("entry", current);
        model.addAttribute("history", history);
        model.addAttribute("levels", OnlineLevel.values());
        model.addAttribute("units", TimeLimit.Unit.values());
        model.addAttribute("from", DAY_FIRST.format(today().plusDays(1)));
        return "services/admin-procedure";
    }

    @PostMapping("/admin/services/procedures/{code}")
    String record(@PathVariable String code, @RequestParam String nameVi, @RequestParam String nameEn,
                  @RequestParam String onlineLevel, @RequestParam String feeVnd, @RequestParam String limitAmount,
                  @RequestParam String limitUnit, @RequestParam String legalBasis, @RequestParam String source,
                  @RequestParam String effectiveFrom, HttpServletRequest request, RedirectAttributes redirect) {
        CatalogueEntry current = versions.inEffect(code, today()).or(() -> versions.history(code).stream()
                .findFirst().map(ProcedureVersions.Version::entry))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            CatalogueEntry edited = current.edited(text(nameVi, 300), text(nameEn, 300),
                    choice(OnlineLevel.class, onlineLevel), number(feeVnd, MOST_FEE, "fee"),
                    new TimeLimit((int) number(limitAmount, 365, "limit"), choice(TimeLimit.Unit.class, limitUnit)),
                    text(legalBasis, 2000), text(source, 4000), day(effectiveFrom));
            versions.addEdited(edited, staff.principal().orElseThrow().getUsername(), Instant.now());
            ledger.record(new AuditEntry(staff.actor(), EDIT, "procedure", code, null, request.getRemoteAddr(),
                    Outcome.SUCCESS, AuditNote.of("audit.note.services.catalogue.edit",
                    DAY_FIRST.format(edited.effectiveFrom()))));
            redirect.addFlashAttribute("notice", "services.catalogue.recorded");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refusal", "services.catalogue.refused." + refused.getMessage());
        }
        return "redirect:/admin/services/procedures/" + code;
    }

    /** A value the form may not take; its message names the refusal. */
    private static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private static String text(String value, int most) {
        if (value == null || value.isBlank()) {
            throw new Refused("blank");
        }
        if (value.strip().length() > most) {
            throw new Refused("too-long");
        }
        return value.strip();
    }

    private static long number(String value, long most, String what) {
        try {
            long number = Long.parseLong(value.strip().replace(".", ""));
            if (number < 0 || number > most) {
                throw new Refused(what);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new Refused(what);
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Refused("choice");
        }
    }

    /** The day the version takes effect: today or later, so dossiers already received keep theirs. */
    private static LocalDate day(String value) {
        try {
            LocalDate day = LocalDate.parse(value.strip(), DAY_FIRST);
            if (day.isBefore(today())) {
                throw new Refused("past");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new Refused("day");
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ProvinceTime.VIETNAM);
    }
}
