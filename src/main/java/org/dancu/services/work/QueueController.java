package org.dancu.services.work;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.dancu.security.CurrentStaff;
import org.dancu.security.Role;
import org.dancu.security.StaffNames;
import org.dancu.security.StaffPrincipal;
import org.dancu.services.Channel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' queue of open legs ({@code /services/queue}): a commune or agency officer's common queue
 * (their kind of handler, nobody assigned) and their own assignments; a province officer's view of every
 * open leg of their scope. Filters, deadline colours, a page at a time, and bulk reassignment.
 */
@Controller
@PreAuthorize(QueueController.OFFICERS)
class QueueController {

    static final String OFFICERS = "hasAnyRole('COMMUNE_OFFICER','AGENCY_OFFICER','PROVINCE_OFFICER')";
    static final String PATH = "/services/queue";

    /** A tab of the queue. */
    enum Tab { COMMON, MINE, ALL }

    /** A leg as the queue shows it. */
    record Line(String code, String legKey, String procedure, String commune, Channel channel, Instant receivedAt,
                Instant due, DeadlineState deadline, String assignee) {

        /** The value a bulk action's check box sends. */
        public String item() {
            return code + "|" + legKey;
        }
    }

    private final CurrentStaff staff;
    private final QueueQuery queue;
    private final Names names;
    private final WorkCalendar calendar;
    private final StaffNames staffNames;
    private final BulkActions bulk;

    QueueController(CurrentStaff staff, QueueQuery queue, Names names, WorkCalendar calendar, StaffNames staffNames,
                    BulkActions bulk) {
        this.staff = staff;
        this.queue = queue;
        this.names = names;
        this.calendar = calendar;
        this.staffNames = staffNames;
        this.bulk = bulk;
    }

    @GetMapping(PATH)
    String queue(@RequestParam(required = false) String tab, @RequestParam(required = false) String procedure,
                 @RequestParam(required = false) String commune, @RequestParam(required = false) String deadline,
                 @RequestParam(required = false) String code, @RequestParam(defaultValue = "0") int page,
                 Model model, Locale locale) {
        StaffPrincipal officer = staff.principal().orElseThrow();
        Tab chosen = tab(officer.getRole(), tab);
        QueueFilter filter = new QueueFilter(chosen == Tab.MINE ? officer.getUsername() : null, chosen == Tab.COMMON,
                blankToNull(procedure), blankToNull(commune), DeadlineState.parse(deadline), blankToNull(code));
        Instant now = Instant.now();
        Instant soon = calendar.soon(now);
        int shown = Math.max(0, page);
        var legs = Handlers.handledBy(officer.getRole(), officer.getScope());
        List<QueueQuery.Row> rows = queue.page(legs, filter, now, soon, shown);
        Map<String, String> assignees = staffNames.displayNames(rows.stream().map(QueueQuery.Row::assignee)
                .filter(a -> a != null).collect(Collectors.toSet()));
        List<Line> lines = new ArrayList<>(rows.size());
        for (QueueQuery.Row row : rows) {
            lines.add(new Line(row.code(), row.legKey(), names.procedure(row.procedureCode(), locale),
                    names.commune(row.communeCode()), row.channel(), row.receivedAt(), row.due(),
                    DeadlineState.of(row.status(), row.due(), now, soon),
                    row.assignee() == null ? null : assignees.getOrDefault(row.assignee(), row.assignee())));
        }
        long total = queue.count(legs, filter, now, soon);
        model.addAttribute("lines", lines);
        model.addAttribute("total", total);
        model.addAttribute("tab", chosen);
        model.addAttribute("tabs", Handlers.handlesSteps(officer.getRole()) ? List.of(Tab.COMMON, Tab.MINE, Tab.ALL)
                : List.of(Tab.ALL));
        model.addAttribute("filter", filter);
        model.addAttribute("deadlines", DeadlineState.values());
        model.addAttribute("procedures", names.catalogue());
        model.addAttribute("page", shown);
        model.addAttribute("pages", Math.max(1, (total + QueueQuery.PAGE - 1) / QueueQuery.PAGE));
        model.addAttribute("handles", Handlers.handlesSteps(officer.getRole()));
        return "services/queue";
    }

    /** Bulk reassignment of the legs ticked: to the officer, to a colleague, or back to the common queue. */
    @PostMapping(PATH + "/bulk")
    String bulk(@RequestParam(required = false) List<String> items, @RequestParam String action,
                @RequestParam(required = false) String username, @RequestParam(required = false) String tab,
                RedirectAttributes redirect, Locale locale) {
        StaffPrincipal officer = staff.principal().orElseThrow();
        BulkActions.Outcome outcome = bulk.reassign(items == null ? List.of() : items, action,
                officer.getUsername(), username, locale);
        redirect.addFlashAttribute("bulkDone", outcome.done());
        redirect.addFlashAttribute("bulkRefusals", outcome.refusals());
        if (tab != null && Set.of("common", "mine", "all").contains(tab)) {
            redirect.addAttribute("tab", tab);
        }
        return "redirect:" + PATH;
    }

    private static Tab tab(Role role, String text) {
        if (!Handlers.handlesSteps(role)) {
            return Tab.ALL;
        }
        for (Tab tab : Tab.values()) {
            if (tab.name().equalsIgnoreCase(text)) {
                return tab;
            }
        }
        return Tab.COMMON;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
