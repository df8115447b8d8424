package org.dancu.national.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.locality.Localities;
import org.dancu.national.NationalDatabase;
import org.dancu.national.NationalField;
import org.dancu.national.NationalPerson;
import org.dancu.national.NationalUnavailableException;
import org.dancu.register.PersonProfile;
import org.dancu.register.PersonRecords;
import org.dancu.security.CurrentStaff;
import org.dancu.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The national database page: the connector's state, the last reconciliation and the feed, and the
 * officer's work list of mismatches in their communes; a mismatch shows the register's and the
 * national database's values side by side (both reads audited) and can be marked resolved.
 */
@Controller
class NationalPageController {

    static final Set<Role> STARTING_ROLES = Set.of(Role.PROVINCE_OFFICER, Role.ADMINISTRATOR);

    /** One compared field: its values in the register and in the national database, as people read them. */
    record FieldRow(NationalField field, String register, String national, boolean differs) {
    }

    /** One work-list line. */
    record MismatchRow(long personId, String maskedPin, String commune, String status, List<NationalField> fields) {
    }

    private final NationalJobs jobs;
    private final PersonChecks checks;
    private final CurrentStaff currentStaff;
    private final PersonRecords records;
    private final AuditLedger ledger;
    private final Localities localities;
    private final ObjectProvider<NationalDatabase> national;
    private final FeedStore feed;
    private final MessageSource messages;
    private final ProvinceTime time;

    NationalPageController(NationalJobs jobs, PersonChecks checks, CurrentStaff currentStaff, PersonRecords records,
                           AuditLedger ledger, Localities localities, ObjectProvider<NationalDatabase> national,
                           FeedStore feed, MessageSource messages, ProvinceTime time) {
        this.feed = feed;
        this.messages = messages;
        this.time = time;
        this.jobs = jobs;
        this.checks = checks;
        this.currentStaff = currentStaff;
        this.records = records;
        this.ledger = ledger;
        this.localities = localities;
        this.national = national;
    }

    @GetMapping("/national")
    String overview(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("configured", jobs.configured());
        model.addAttribute("run", jobs.latestRun().orElse(null));
        model.addAttribute("feed", jobs.feed());
        model.addAttribute("skips", feed.skippedByReason());
        model.addAttribute("lagMinutes", Optional.ofNullable(jobs.feed().lag(Instant.now()))
                .map(lag -> lag.toMinutes()).orElse(null));
        model.addAttribute("mayStart", jobs.configured() && mayStart());
        model.addAttribute("open", checks.countOpen(currentStaff.scope()));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pageSize", PersonChecks.PAGE);
        model.addAttribute("rows", checks.open(currentStaff.scope(), page).stream()
                .map(c -> new MismatchRow(c.personId(), Pin.mask(c.pin()), communeName(c.communeCode()), c.status(),
                        c.fields()))
                .toList());
        return "national/overview";
    }

    /** The last run's panel alone, which the overview polls (htmx) while the run is going. */
    @GetMapping("/national/run")
    String runPanel(Model model) {
        model.addAttribute("run", jobs.latestRun().orElse(null));
        return "national/overview :: run-panel";
    }

    @PostMapping("/national/reconcile")
    String reconcile() {
        if (!mayStart() || !jobs.configured()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        boolean started = jobs.startInBackground(currentStaff.principal().orElseThrow().getUsername());
        return "redirect:/national?" + (started ? "started" : "busy");
    }

    @GetMapping("/national/mismatches/{personId}")
    String mismatch(@PathVariable long personId, HttpServletRequest request, Locale locale, Model model) {
        PersonCheck check = checks.openOne(personId, currentStaff.scope())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        PersonProfile person = records.read(personId, request.getRemoteAddr())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<NationalField, String> held = Map.of();
        boolean unavailable = false;
        NationalDatabase connector = national.getIfAvailable();
        if (connector != null) {
            ledger.record(new AuditEntry(currentStaff.actor(), "national.person.fetch", "person",
                    person.pin(), "reconciliation", request.getRemoteAddr(), Outcome.SUCCESS, null));
            try {
                held = connector.fetch(person.pin()).map(NationalPerson::fields).orElse(Map.of());
            } catch (NationalUnavailableException e) {
                unavailable = true;
            }
        }
        model.addAttribute("check", check);
        model.addAttribute("person", person);
        model.addAttribute("maskedPin", Pin.mask(person.pin()));
        model.addAttribute("rows", rows(person, held, check, locale));
        model.addAttribute("unavailable", unavailable);
        model.addAttribute("configured", connector != null);
        return "national/mismatch";
    }

    @PostMapping("/national/mismatches/{personId}/resolve")
    String resolve(@PathVariable long personId, HttpServletRequest request) {
        PersonCheck check = checks.openOne(personId, currentStaff.scope())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ledger.record(new AuditEntry(currentStaff.actor(), "national.mismatch.resolve", "person", check.pin(), null,
                request.getRemoteAddr(), Outcome.SUCCESS, null));
        checks.resolve(personId, currentStaff.scope(), currentStaff.actor().id());
        return "redirect:/national?resolved";
    }

    private List<FieldRow> rows(PersonProfile person, Map<NationalField, String> held, PersonCheck check,
                                Locale locale) {
        Map<NationalField, String> register = Map.of(NationalField.FULL_NAME, person.fullName(),
                NationalField.BIRTH_DATE, person.birthDate(), NationalField.SEX, person.sex(),
                NationalField.COMMUNE_CODE, person.communeCode(), NationalField.ALIVE, Boolean.toString(person.alive()));
        List<FieldRow> rows = new ArrayList<>();
        for (NationalField field : Reconciler.COMPARED) {
            rows.add(new FieldRow(field, shown(field, register.get(field), locale),
                    shown(field, held.get(field), locale), check.fields().contains(field)));
        }
        return rows;
    }

    /** A compared value in words: sex and alive by name, dates day-first, a commune by its name; null stays null. */
    private String shown(NationalField field, String value, Locale locale) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case SEX -> messages.getMessage("register.sex." + value, null, value, locale);
            case ALIVE -> messages.getMessage("national.alive." + value, null, value, locale);
            case COMMUNE_CODE -> communeName(value);
            case BIRTH_DATE, DEATH_DATE -> time.recorded(value);
            default -> value;
        };
    }

    private String communeName(String code) {
        return localities.resolve(code).map(r -> r.unit().name() + " (" + code + ")").orElse(code);
    }

    private boolean mayStart() {
        return currentStaff.principal().map(p -> STARTING_ROLES.contains(p.getRole())).orElse(false);
    }
}
