package org.dancu.steering.tasks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dancu.security.AgencyDirectory;
import org.dancu.security.CurrentStaff;
import org.dancu.security.Scope;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.figures.Figures;
import org.dancu.steering.internal.SteeringProperties;
import org.dancu.steering.internal.SteeringRoles;
import org.dancu.steering.internal.Today;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The steering committee's tasks: list with computed risk, a task with its reports, new tasks and reports. */
@Controller
class TaskController {

    private static final String REPORTERS = "hasAnyRole('ADMINISTRATOR','PROVINCE_OFFICER','AGENCY_OFFICER')";

    private final CurrentStaff staff;
    private final TaskListQuery tasks;
    private final TaskDecisions decisions;
    private final ProgressReports reports;
    private final TaskRisks risks;
    private final TaskRows taskRows;
    private final AgencyDirectory agencies;
    private final Figures figures;
    private final SteeringProperties properties;
    private final IndicatorCatalogue catalogue;
    private final Today today;

    TaskController(CurrentStaff staff, TaskListQuery tasks, TaskDecisions decisions, ProgressReports reports,
                   TaskRisks risks, TaskRows taskRows, AgencyDirectory agencies, Figures figures,
                   SteeringProperties properties, Today today, IndicatorCatalogue catalogue) {
        this.staff = staff;
        this.tasks = tasks;
        this.decisions = decisions;
        this.reports = reports;
        this.risks = risks;
        this.taskRows = taskRows;
        this.agencies = agencies;
        this.figures = figures;
        this.properties = properties;
        this.today = today;
        this.catalogue = catalogue;
    }

    /** The tasks the scope sees: for an agency officer, their agency's tasks with its overdue ones as reminders. */
    @GetMapping("/steering/tasks")
    String list(Model model, Locale locale) {
        Scope scope = staff.scope();
        List<TaskRisk> assessed = risks.assess(tasks.visibleTo(scope), today.date());
        model.addAttribute("tasks", taskRows.of(assessed, scope, locale));
        model.addAttribute("reminders", taskRows.reminders(assessed, scope, locale));
        model.addAttribute("agencyName", taskRows.agencyName(scope, locale));
        return "steering/tasks";
    }

    @GetMapping("/steering/tasks/{id}")
    String task(@PathVariable long id, Model model, Locale locale) {
        Task task = tasks.find(staff.scope(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, String> agencyNames = agencies.all(locale);
        model.addAttribute("task", task);
        model.addAttribute("row", taskRows.of(risks.assess(List.of(task), today.date()), staff.scope(), locale).get(0));
        model.addAttribute("coordinators", task.coordinators().stream()
                .map(c -> agencyNames.getOrDefault(c, c)).toList());
        model.addAttribute("indicator", task.indicatorCode() == null ? null
                : catalogue.find(task.indicatorCode()).orElse(null));
        model.addAttribute("target", task.target() == null ? "" : figures.number(task.target(), locale));
        model.addAttribute("reports", reports.of(id));
        model.addAttribute("maxBytes", properties.evidenceMaxBytes());
        return "steering/task";
    }

    @GetMapping("/steering/tasks/new")
    @PreAuthorize(SteeringRoles.LEADERS)
    String form(Model model, Locale locale) {
        model.addAttribute("agencies", agencies.all(locale));
        model.addAttribute("indicators", catalogue.all());
        return "steering/task-form";
    }

    @PostMapping("/steering/tasks")
    @PreAuthorize(SteeringRoles.LEADERS)
    String create(@RequestParam String title, @RequestParam String leadAgency,
                  @RequestParam(required = false) List<String> coordinators, @RequestParam(required = false) String deadline,
                  @RequestParam(defaultValue = "") String legalBasis, @RequestParam(required = false) String indicator,
                  @RequestParam(required = false) String target, Model model, Locale locale) {
        try {
            long id = decisions.create(new NewTask(title, leadAgency, coordinators, date(deadline), legalBasis, indicator,
                    number(target)), staff.actor().id(), false);
            return "redirect:/steering/tasks/" + id;
        } catch (InvalidTaskException e) {
            model.addAttribute("error", e.messageKey());
            return form(model, locale);
        }
    }

    @PostMapping("/steering/tasks/{id}/reports")
    @PreAuthorize(REPORTERS)
    String report(@PathVariable long id, @RequestParam(defaultValue = "") String body,
                  @RequestParam(name = "evidence", required = false) List<MultipartFile> uploads,
                  RedirectAttributes redirect) {
        Scope scope = staff.scope();
        try {
            List<EvidenceFile> files = new ArrayList<>();
            for (MultipartFile upload : uploads == null ? List.<MultipartFile>of() : uploads) {
                if (!upload.isEmpty()) {
                    files.add(EvidenceFile.check(upload.getOriginalFilename(), upload.getBytes(),
                            properties.evidenceMaxBytes()));
                }
            }
            reports.add(scope, id, body, files, staff.actor().id());
            redirect.addFlashAttribute("reported", true);
        } catch (InvalidTaskException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/steering/tasks/" + id;
    }

    /** The committee's decision on a task's status: done, cancelled or open again. */
    @PostMapping("/steering/tasks/{id}/{decision:complete|cancel|reopen}")
    @PreAuthorize(SteeringRoles.LEADERS)
    String decide(@PathVariable long id, @PathVariable String decision, RedirectAttributes redirect) {
        Scope scope = staff.scope();
        String actor = staff.actor().id();
        try {
            switch (decision) {
                case "complete" -> decisions.complete(scope, id, actor);
                case "cancel" -> decisions.cancel(scope, id, actor);
                default -> decisions.reopen(scope, id, actor);
            }
            redirect.addFlashAttribute("decided", "steering.task.decided." + decision);
        } catch (InvalidTaskException e) {
            redirect.addFlashAttribute("decisionError", e.messageKey());
        }
        return "redirect:/steering/tasks/" + id;
    }

    @GetMapping("/steering/evidence/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        EvidenceFile file = reports.evidence(staff.scope(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidTaskException("steering.task.error.deadline");
        }
    }

    private static BigDecimal number(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidTaskException("steering.task.error.indicator");
        }
    }
}
