package org.dancu.register.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dancu.security.CurrentStaff;
import org.dancu.security.StaffPrincipal;
import org.dancu.tabular.ColumnMapping;
import org.dancu.tabular.TabularException;
import org.dancu.tabular.TabularFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages: upload, column mapping, dry run with its problems report, and apply. Only the
 * roles that keep population data import; a job is visible to the officer who uploaded it.
 */
@Controller
class ImportPageController {

    private final RegisterImports imports;
    private final CurrentStaff currentStaff;
    private final MessageSource messages;

    ImportPageController(RegisterImports imports, CurrentStaff currentStaff, MessageSource messages) {
        this.imports = imports;
        this.currentStaff = currentStaff;
        this.messages = messages;
    }

    @GetMapping("/register/import")
    String start(Model model) {
        model.addAttribute("jobs", imports.recent(importer().getUsername()));
        return "register/import";
    }

    @PostMapping("/register/import")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String sheet,
                  HttpServletRequest request, Model model) throws IOException {
        StaffPrincipal importer = importer();
        if (file.isEmpty()) {
            return failed(model, importer, "register.import.error.no-file");
        }
        try (InputStream content = file.getInputStream()) {
            ImportJob job = imports.upload(content, file.getOriginalFilename(), sheet, officer(importer, request));
            return "redirect:/register/import/" + job.jobId();
        } catch (TabularException e) {
            return failed(model, importer, e.messageKey(), e.arguments());
        }
    }

    private String failed(Model model, StaffPrincipal importer, String key, Object... args) {
        model.addAttribute("error", text(key, args));
        model.addAttribute("jobs", imports.recent(importer.getUsername()));
        return "register/import";
    }

    @GetMapping("/register/import/{id}")
    String job(@PathVariable long id, Model model) {
        ImportJob job = ownJob(id);
        model.addAttribute("job", job);
        model.addAttribute("schema", ImportField.SCHEMA);
        model.addAttribute("problems", ImportProblem.values());
        model.addAttribute("earlier", imports.earlierApplications(job));
        model.addAttribute("processed", imports.rowsProcessed(job));
        model.addAttribute("preview", imports.preview(job).orElse(null));
        if (job.failure() != null) {
            model.addAttribute("failure", text(job.failure(), job.failureArgs().toArray()));
        }
        return "register/import-job";
    }

    /** Polled by htmx while a pass runs; tells the page to reload once it has ended. */
    @GetMapping("/register/import/{id}/progress")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        ImportJob job = ownJob(id);
        if (!job.running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", job);
        model.addAttribute("processed", imports.rowsProcessed(job));
        return "register/import-job :: progress";
    }

    @PostMapping("/register/import/{id}/check")
    String check(@PathVariable long id, @RequestParam Map<String, String> form,
                 @RequestParam(defaultValue = "false") boolean dayFirst, HttpServletRequest request,
                 RedirectAttributes redirect) {
        ImportJob job = ownJob(id);
        ColumnMapping<ImportField> mapping;
        try {
            mapping = ColumnMapping.chosen(ImportField.SCHEMA, IntStream.range(0, job.header().size())
                    .mapToObj(i -> form.get("column" + i)).toList());
        } catch (ColumnMapping.MappedTwiceException e) {
            redirect.addFlashAttribute("error", text("register.import.error.mapped-twice",
                    text(((ImportField) e.field()).messageKey())));
            return "redirect:/register/import/" + id;
        }
        if (!mapping.missingRequired().isEmpty()) {
            redirect.addFlashAttribute("missing", mapping.missingRequired());
            return "redirect:/register/import/" + id;
        }
        try {
            imports.check(job, mapping, dayFirst, officer(importer(), request));
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("error", refusal(id));
        }
        return "redirect:/register/import/" + id;
    }

    @PostMapping("/register/import/{id}/apply")
    String apply(@PathVariable long id, @RequestParam(defaultValue = "false") boolean skipProblemRows,
                 HttpServletRequest request, RedirectAttributes redirect) {
        ImportJob job = ownJob(id);
        if (job.rowsWithProblems() != null && job.rowsWithProblems() > 0 && !skipProblemRows) {
            redirect.addFlashAttribute("error", text("register.import.error.blocked"));
            return "redirect:/register/import/" + id;
        }
        try {
            imports.apply(job, skipProblemRows, officer(importer(), request));
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("error", refusal(id));
        }
        return "redirect:/register/import/" + id;
    }

    /** Why a job refused to start: its file has expired (say so, with the retention), or it is busy or done. */
    private String refusal(long id) {
        ImportJob job = ownJob(id);
        return job.status() == ImportJob.Status.EXPIRED ? text(job.failure(), job.failureArgs().toArray())
                : text("register.import.error.not-now");
    }

    /** A message in the request's language, so that flash attributes and failures carry finished text. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    @GetMapping("/register/import/{id}/problems")
    void problems(@PathVariable long id, @RequestParam(defaultValue = "csv") String format, Locale locale,
                  HttpServletResponse response) throws IOException {
        ImportJob job = ownJob(id);
        TabularFormat chosen = TabularFormat.byName(format);
        if (chosen == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        response.setContentType(chosen.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-problems"
                + chosen.extension() + "\"");
        List<String> headers = List.of("line", "field", "problem", "detail").stream()
                .map(column -> messages.getMessage("register.import.report." + column, null, locale)).toList();
        imports.writeReport(job, chosen, response.getOutputStream(), headers, row -> List.of(
                String.valueOf(row.line()),
                messages.getMessage("register.import.field." + row.field(), null, row.field(), locale),
                messages.getMessage("register.import.problem." + row.code(), null, row.code(), locale),
                row.detail() == null ? "" : messages.getMessage("register.import.detail." + row.code() + "." + row.detail(), null,
                        row.detail(), locale)));
    }

    private ImportJob ownJob(long id) {
        return imports.job(id, importer().getUsername())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private StaffPrincipal importer() {
        return currentStaff.principal()
                .filter(p -> p.getRole().keepsPopulationData())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    private RegisterImports.Officer officer(StaffPrincipal importer, HttpServletRequest request) {
        return new RegisterImports.Officer(importer.getUsername(), importer.getScope(), currentStaff.actor(),
                request.getRemoteAddr());
    }
}
