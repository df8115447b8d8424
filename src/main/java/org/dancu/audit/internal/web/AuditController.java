package org.dancu.audit.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.audit.AuditVerifier;
import org.dancu.audit.Actor;
import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.audit.VerificationReport;
import org.dancu.audit.internal.AuditProperties;
import org.dancu.audit.internal.LedgerSearch;
import org.dancu.civil.ProvinceTime;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** The auditor's view of the ledger: filtered, newest first, paged by sequence number, with the chain check. */
@Controller
@RequestMapping("/audit")
class AuditController {

    private static final String PAGE = "audit/ledger";
    static final String READ_ACTION = "audit.ledger.read";
    static final String VERIFY_ACTION = "audit.ledger.verify";

    private final AuditLedger ledger;
    private final LedgerSearch search;
    private final AuditVerifier verifier;
    private final AuditProperties properties;
    private final MessageSource messages;
    private final ProvinceTime time;
    private final ActionChoices actions;

    AuditController(LedgerSearch search, AuditVerifier verifier, AuditProperties properties, MessageSource messages,
                    ProvinceTime time, ActionChoices actions, AuditLedger ledger) {
        this.ledger = ledger;
        this.search = search;
        this.verifier = verifier;
        this.properties = properties;
        this.messages = messages;
        this.time = time;
        this.actions = actions;
    }

    @ModelAttribute("actions")
    List<String> actions() {
        return actions.codes();
    }

    /** Guards every handler here whatever the URL rules say: the ledger shows who touched whose data. */
    @ModelAttribute
    void requireAuditor(HttpServletRequest request) {
        if (!request.isUserInRole("AUDITOR") && !request.isUserInRole("ADMINISTRATOR")) {
            throw new AccessDeniedException("the access ledger is for auditors and administrators");
        }
    }

    @GetMapping
    String ledger(@ModelAttribute("filter") LedgerFilterForm form, BindingResult binding,
                  @RequestParam(required = false) Long before, @RequestParam(required = false) Long after,
                  HttpServletRequest request, Model model) {
        List<String> errors = new ArrayList<>();
        if (binding.hasFieldErrors("from") || binding.hasFieldErrors("to")) {
            errors.add("audit.filter.invalid-date");
        } else if (form.reversed()) {
            errors.add("audit.filter.invalid-range");
        }
        model.addAttribute("errors", errors);
        if (errors.isEmpty()) {
            showPage(search.page(form.toFilter(time), before, after, properties.pageSize()), request, model);
        }
        return PAGE;
    }

    /** A read, however long: GET keeps it working without JavaScript; htmx asks for the result alone. */
    @GetMapping("/verify")
    String verify(@RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Locale locale,
                  HttpServletRequest request, Model model) {
        VerificationReport report = verifier.verify();
        ledger.record(new AuditEntry(Actor.staff(request.getRemoteUser()), VERIFY_ACTION, "ledger", null, null,
                request.getRemoteAddr(), report.intact() ? Outcome.SUCCESS : Outcome.FAILED, null));
        model.addAttribute("report", report);
        model.addAttribute("reportText", messages.getMessage(report, locale));
        if (htmx) {
            return PAGE + " :: verify-result";
        }
        showPage(search.page(LedgerSearch.Filter.NONE, null, null, properties.pageSize()), request, model);
        return PAGE;
    }

    /** Who reads the ledger is on the ledger too: each page an auditor is shown, with the filter it answers. */
    private void showPage(LedgerSearch.Page page, HttpServletRequest request, Model model) {
        ledger.record(new AuditEntry(Actor.staff(request.getRemoteUser()), READ_ACTION, "ledger", null, null,
                request.getRemoteAddr(), Outcome.SUCCESS, request.getQueryString()));
        model.addAttribute("zone", time.zone().getId());
        model.addAttribute("lines", page.records().stream().map(LedgerLine::of).toList());
        model.addAttribute("newerUrl", page.newerThan() == null ? null : pageUrl("after", page.newerThan()));
        model.addAttribute("olderUrl", page.olderThan() == null ? null : pageUrl("before", page.olderThan()));
        model.addAttribute("newestUrl", page.newerThan() == null ? null : pageUrl(null, null));
    }

    /** The ledger page with the current filter, at another cursor (none: the newest entries). */
    private static String pageUrl(String cursor, Long seq) {
        UriComponentsBuilder url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/audit")
                .query(ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery())
                .replaceQueryParam("before").replaceQueryParam("after");
        if (cursor != null) {
            url.replaceQueryParam(cursor, seq);
        }
        return url.build().toUriString();
    }
}
