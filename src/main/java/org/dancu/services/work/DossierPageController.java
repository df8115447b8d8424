package org.dancu.services.work;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.security.AgencyDirectory;
import org.dancu.security.CurrentStaff;
import org.dancu.security.SqlCondition;
import org.dancu.security.StaffNames;
import org.dancu.security.StaffPrincipal;
import org.dancu.services.DossierCode;
import org.dancu.services.DossierRefusedException;
import org.dancu.services.DossierView;
import org.dancu.services.DossierWork;
import org.dancu.services.Dossiers;
import org.dancu.services.Handler;
import org.dancu.services.LegView;
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
 * A dossier as an officer sees it ({@code /services/dossiers/{code}}): the dossier, each leg with its
 * handler, deadline colour and outcome, the timeline, and on the legs whose current step is the officer's
 * to handle the actions, each through {@link DossierWork} (which checks the officer's scope again and
 * audits). A dossier the officer does not reach is not found; each opening is on the audit ledger against
 * the applicant and the subject.
 */
@Controller
@PreAuthorize(QueueController.OFFICERS)
class DossierPageController {

    static final String READ = "services.dossier.read";

    /** A leg as the page shows it; {@code actions} when the officer handles its current step. */
    record LegLine(LegView leg, String name, String handler, String assignee, DeadlineState deadline,
                   boolean actions) {
    }

    private final CurrentStaff staff;
    private final Dossiers dossiers;
    private final DossierWork work;
    private final DossierPageQuery query;
    private final Names names;
    private final WorkCalendar calendar;
    private final StaffNames staffNames;
    private final AgencyDirectory agencies;
    private final AuditLedger ledger;
    private final Wording words;

    DossierPageController(CurrentStaff staff, Dossiers dossiers, DossierWork work, DossierPageQuery query, Names names,
                          WorkCalendar calendar, StaffNames staffNames, AgencyDirectory agencies, AuditLedger ledger,
                          Wording words) {
        this.staff = staff;
        this.dossiers = dossiers;
        this.work = work;
        this.query = query;
        this.names = names;
        this.calendar = calendar;
        this.staffNames = staffNames;
        this.agencies = agencies;
        this.ledger = ledger;
        this.words = words;
    }

    @GetMapping("/services/dossiers/{code}")
    String dossier(@PathVariable String code, Model model, Locale locale) {
        StaffPrincipal officer = staff.principal().orElseThrow();
        if (query.legs(code, Handlers.reaches(officer.getRole(), officer.getScope())).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        DossierView dossier = dossiers.find(new DossierCode(code))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit(dossier);
        Set<String> handled = Handlers.handlesSteps(officer.getRole()) ? query.legs(code, Handlers
                .handledBy(officer.getRole(), officer.getScope())
                .and(new SqlCondition("l.status IN ('IN_PROGRESS', 'SUSPENDED')", Map.of()))) : Set.of();
        List<DossierPageQuery.Moment> timeline = query.timeline(code);
        Set<String> usernames = new HashSet<>();
        dossier.legs().forEach(leg -> usernames.add(leg.assignee()));
        timeline.forEach(moment -> {
            usernames.add(moment.actor());
            if ("assigned".equals(moment.kind())) {
                usernames.add(moment.note());
            }
        });
        usernames.remove(null);
        Map<String, String> people = staffNames.displayNames(usernames);
        Instant now = Instant.now();
        Instant soon = calendar.soon(now);
        String procedure = dossier.procedure().value();
        List<LegLine> legs = new ArrayList<>();
        for (LegView leg : dossier.legs()) {
            legs.add(new LegLine(leg, names.leg(procedure, leg.key(), locale), handler(leg.handler(), locale),
                    leg.assignee() == null ? null : people.getOrDefault(leg.assignee(), leg.assignee()),
                    DeadlineState.of(leg.status(), leg.due(), now, soon), handled.contains(leg.key())));
        }
        model.addAttribute("dossier", dossier);
        model.addAttribute("procedure", names.procedure(procedure, locale));
        model.addAttribute("commune", names.commune(dossier.communeCode()));
        model.addAttribute("applicant", staff.pinView().of(dossier.applicant().value()));
        model.addAttribute("subject", dossier.subject() == null ? null : staff.pinView().of(dossier.subject().value()));
        model.addAttribute("legs", legs);
        TimelineLines lines = new TimelineLines(people, names.components(procedure), words, locale);
        model.addAttribute("timeline", timeline.stream().map(m -> lines.of(m,
                m.legKey() == null ? null : names.leg(procedure, m.legKey(), locale))).toList());
        model.addAttribute("components", names.components(procedure));
        return "services/dossier";
    }

    @PostMapping("/services/dossiers/{code}/legs/{leg}/complete")
    String complete(@PathVariable String code, @PathVariable String leg, @RequestParam(defaultValue = "") String note,
                    RedirectAttributes redirect, Locale locale) {
        return act(code, redirect, locale, "services.work.done.complete",
                () -> work.complete(new DossierCode(code), leg, note.isBlank() ? Map.of() : Map.of("note", note.strip())));
    }

    @PostMapping("/services/dossiers/{code}/legs/{leg}/refuse")
    String refuse(@PathVariable String code, @PathVariable String leg, @RequestParam(defaultValue = "") String reason,
                  RedirectAttributes redirect, Locale locale) {
        if (reason.isBlank()) {
            return refused(code, redirect, words.text("services.work.refused.reason", locale));
        }
        return act(code, redirect, locale, "services.work.done.refuse",
                () -> work.refuse(new DossierCode(code), leg, reason.strip()));
    }

    @PostMapping("/services/dossiers/{code}/legs/{leg}/suspend")
    String suspend(@PathVariable String code, @PathVariable String leg,
                   @RequestParam(required = false) List<String> missing, @RequestParam(defaultValue = "") String note,
                   RedirectAttributes redirect, Locale locale) {
        if (missing == null || missing.isEmpty()) {
            return refused(code, redirect, words.text("services.work.refused.missing", locale));
        }
        return act(code, redirect, locale, "services.work.done.suspend",
                () -> work.suspend(new DossierCode(code), leg, missing, note.strip()));
    }

    @PostMapping("/services/dossiers/{code}/legs/{leg}/resume")
    String resume(@PathVariable String code, @PathVariable String leg, RedirectAttributes redirect, Locale locale) {
        return act(code, redirect, locale, "services.work.done.resume", () -> work.resume(new DossierCode(code), leg));
    }

    @PostMapping("/services/dossiers/{code}/legs/{leg}/extend")
    String extend(@PathVariable String code, @PathVariable String leg, @RequestParam(defaultValue = "") String days,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
        int workingDays;
        try {
            workingDays = Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            workingDays = 0;
        }
        if (workingDays < 1 || workingDays > 30) {
            return refused(code, redirect, words.text("services.work.refused.days", locale));
        }
        if (reason.isBlank()) {
            return refused(code, redirect, words.text("services.work.refused.reason", locale));
        }
        int extension = workingDays;
        return act(code, redirect, locale, "services.work.done.extend",
                () -> work.extend(new DossierCode(code), leg, extension, reason.strip()));
    }

    /** Assigns the leg: to the officer ({@code take}), a colleague, or back to the common queue (empty). */
    @PostMapping("/services/dossiers/{code}/legs/{leg}/assign")
    String assign(@PathVariable String code, @PathVariable String leg, @RequestParam(defaultValue = "") String username,
                  @RequestParam(defaultValue = "false") boolean take, RedirectAttributes redirect, Locale locale) {
        String to = take ? staff.principal().orElseThrow().getUsername()
                : username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
        return act(code, redirect, locale, "services.work.done.assign",
                () -> work.reassign(new DossierCode(code), leg, to));
    }

    private String act(String code, RedirectAttributes redirect, Locale locale, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (DossierRefusedException e) {
            return refused(code, redirect, words.refusal(e, locale));
        }
        return "redirect:/services/dossiers/" + code;
    }

    private static String refused(String code, RedirectAttributes redirect, String words) {
        redirect.addFlashAttribute("refusalText", words);
        return "redirect:/services/dossiers/" + code;
    }

    private String handler(Handler handler, Locale locale) {
        return handler.kind() == Handler.Kind.COMMUNE ? words.text("services.work.handler.commune", locale)
                : agencies.name(handler.agencyCode(), locale).orElse(handler.agencyCode());
    }

    /** The opening of the dossier, against the applicant and the person it is about. */
    private void audit(DossierView dossier) {
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(new AuditEntry(staff.actor(), READ, "person", dossier.applicant().value(), null,
                "dossier:" + dossier.code().value(), Outcome.SUCCESS, null));
        if (dossier.subject() != null && !dossier.subject().equals(dossier.applicant())) {
            entries.add(new AuditEntry(staff.actor(), READ, "person", dossier.subject().value(), null,
                    "dossier:" + dossier.code().value(), Outcome.SUCCESS, null));
        }
        ledger.recordAll(entries);
    }
}
