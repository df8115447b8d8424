package org.dancu.cleansing.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dancu.cleansing.Criterion;
import org.dancu.cleansing.Sector;
import org.dancu.cleansing.evaluation.Verdict;
import org.dancu.cleansing.export.CleansedExport;
import org.dancu.cleansing.figures.RecordList;
import org.dancu.cleansing.review.TrainingLabels;
import org.dancu.tabular.ColumnMapping;
import org.dancu.tabular.IntakeProgress;
import org.dancu.tabular.TabularException;
import org.dancu.tabular.TabularFormat;
import org.springframework.http.HttpStatus;
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

/**
 * The datasets: list and upload (a new dataset or a new version of one), column mapping with the dry
 * run, load, withdrawal, the four criteria's figures with a drill-down to the records and their
 * reasons, page by page, and the exports.
 */
@Controller
class CleansingPageController {

    /** Problems of a dry run the mapping page lists. */
    private static final int PROBLEMS_SHOWN = 500;
    static final String KEEPERS = "hasAnyRole('ADMINISTRATOR','PROVINCE_OFFICER','AGENCY_OFFICER')";

    private final Datasets datasets;
    private final DatasetRecords records;
    private final CleansedExport export;
    private final TrainingLabels labels;
    private final DatasetVersions versions;

    CleansingPageController(Datasets datasets, DatasetRecords records, CleansedExport export, TrainingLabels labels,
                            DatasetVersions versions) {
        this.datasets = datasets;
        this.records = records;
        this.export = export;
        this.labels = labels;
        this.versions = versions;
    }

    @GetMapping("/cleansing")
    String list(Model model) {
        model.addAttribute("datasets", datasets.visible());
        model.addAttribute("replaceable", versions.replaceable());
        model.addAttribute("sectors", Sector.values());
        return "cleansing/datasets";
    }

    @PostMapping("/cleansing/datasets")
    @PreAuthorize(KEEPERS)
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) Sector sector,
                  @RequestParam(required = false) String agency, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String period, @RequestParam(required = false) Long replaces,
                  Model model) throws IOException {
        try (InputStream content = file.getInputStream()) {
            if (file.isEmpty()) {
                throw new CleansingRefusal("cleansing.error.no-file");
            }
            long id = datasets.upload(content, file.getOriginalFilename(),
                    new Datasets.Description(sector, agency, title, period, replaces));
            return "redirect:/cleansing/datasets/" + id;
        } catch (TabularException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
        } catch (CleansingRefusal e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
        }
        return list(model);
    }

    @GetMapping("/cleansing/datasets/{id}")
    String dataset(@PathVariable long id, @RequestParam(required = false) Criterion criterion,
                   @RequestParam(required = false) Verdict.Status status,
                   @RequestParam(required = false) Boolean allFour, @RequestParam(required = false) Long after,
                   Model model) {
        Dataset dataset = visible(id);
        model.addAttribute("dataset", dataset);
        model.addAttribute("criteria", Criterion.values());
        if (dataset.expired() && !model.containsAttribute("error")) {
            CleansingRefusal expired = datasets.expired();
            model.addAttribute("error", expired.messageKey());
            model.addAttribute("errorArgs", expired.arguments());
        }
        if (!dataset.loaded()) {
            model.addAttribute("mapping", dataset.columnMapping());
            model.addAttribute("problems", datasets.problems(dataset, PROBLEMS_SHOWN));
            model.addAttribute("preview", datasets.preview(dataset));
            return "cleansing/mapping";
        }
        model.addAttribute("figure", records.figure(id));
        model.addAttribute("computedAt", Instant.now());
        model.addAttribute("notEvaluated", records.notEvaluated(id));
        model.addAttribute("reasons", records.reasons(id));
        model.addAttribute("criterion", criterion);
        model.addAttribute("status", status);
        model.addAttribute("allFour", allFour);
        model.addAttribute("page", records.list(RecordList.ofDataset(id, criterion, status, allFour), after));
        model.addAttribute("paged", after != null);
        model.addAttribute("versions", versions.history(dataset));
        return "cleansing/dataset";
    }

    /** The records behind a figure of the figures page or the steering dashboard, page by page. */
    @GetMapping("/cleansing/records")
    String records(@RequestParam(required = false) Sector sector, @RequestParam(required = false) String agency,
                   @RequestParam(required = false) String commune, @RequestParam(required = false) String period,
                   @RequestParam(defaultValue = "false") boolean placed,
                   @RequestParam(required = false) Criterion criterion,
                   @RequestParam(required = false) Verdict.Status status,
                   @RequestParam(required = false) Boolean allFour, @RequestParam(required = false) Long after,
                   Model model) {
        RecordList list = new RecordList(null, sector, agency, commune, period, placed, criterion, status, allFour);
        model.addAttribute("list", list);
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("communeName", commune == null ? null : records.communeName(commune));
        model.addAttribute("page", records.list(list, after));
        model.addAttribute("paged", after != null);
        return "cleansing/records";
    }

    @PostMapping("/cleansing/datasets/{id}/withdraw")
    @PreAuthorize(KEEPERS)
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            versions.withdraw(visible(id), reason);
        } catch (CleansingRefusal e) {
            refused(redirect, e);
        }
        return "redirect:/cleansing/datasets/" + id;
    }

    /** Polled by htmx while the evaluation runs; tells the page to reload once it has ended. */
    @GetMapping("/cleansing/datasets/{id}/progress")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        Dataset dataset = visible(id);
        if (!dataset.evaluating()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("dataset", dataset);
        return "cleansing/dataset :: progress";
    }

    @PostMapping("/cleansing/datasets/{id}/check")
    @PreAuthorize(KEEPERS)
    String check(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Dataset dataset = visible(id);
        try {
            datasets.dryRun(dataset.mappedBy(ColumnMapping.chosen(dataset.sector(),
                    IntStream.range(0, dataset.header().size()).mapToObj(i -> form.get("column" + i)).toList())),
                    IntakeProgress.NONE);
        } catch (ColumnMapping.MappedTwiceException e) {
            refused(redirect, new CleansingRefusal("cleansing.error.mapped-twice", e.field().key()));
        } catch (CleansingRefusal e) {
            refused(redirect, e);
        }
        return "redirect:/cleansing/datasets/" + id;
    }

    @PostMapping("/cleansing/datasets/{id}/load")
    @PreAuthorize(KEEPERS)
    String load(@PathVariable long id, RedirectAttributes redirect) {
        try {
            datasets.load(visible(id), IntakeProgress.NONE);
            records.startEvaluation(id);
        } catch (CleansingRefusal e) {
            refused(redirect, e);
        }
        return "redirect:/cleansing/datasets/" + id;
    }

    @PostMapping("/cleansing/datasets/{id}/evaluate")
    @PreAuthorize(KEEPERS)
    String evaluate(@PathVariable long id) {
        visible(id);
        records.startEvaluation(id);
        return "redirect:/cleansing/datasets/" + id;
    }

    @GetMapping("/cleansing/datasets/{id}/export")
    void export(@PathVariable long id, @RequestParam(defaultValue = "CLEANSED") CleansedExport.Kind kind,
                @RequestParam(defaultValue = "csv") String format, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        Dataset dataset = visible(id);
        TabularFormat chosen = TabularFormat.byName(format);
        if (chosen == null || !dataset.loaded()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        response.setContentType(chosen.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"lam-sach-" + id + "-"
                + kind.name().toLowerCase(java.util.Locale.ROOT) + chosen.extension() + "\"");
        export.export(dataset, kind, chosen, response.getOutputStream(), request.getRemoteAddr());
    }

    @GetMapping("/cleansing/labels.csv")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PROVINCE_OFFICER')")
    void labels(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(TabularFormat.CSV.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"nhan-huan-luyen.csv\"");
        labels.export(response.getOutputStream(), request.getRemoteAddr());
    }

    @GetMapping("/cleansing/figures")
    String figures(@RequestParam(required = false) Sector sector, @RequestParam(required = false) String period,
                   Model model) {
        String year = period == null || !period.matches("[0-9]{4}") ? null : period;
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("sector", sector);
        model.addAttribute("period", year);
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("bySector", records.bySector(year));
        model.addAttribute("byAgency", records.byAgency(sector, year));
        model.addAttribute("byCommune", records.byCommune(sector, year));
        model.addAttribute("communeNames", records.communeNames());
        model.addAttribute("computedAt", Instant.now());
        return "cleansing/figures";
    }

    private Dataset visible(long id) {
        return datasets.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void refused(RedirectAttributes redirect, CleansingRefusal e) {
        redirect.addFlashAttribute("error", e.messageKey());
        redirect.addFlashAttribute("errorArgs", e.arguments());
    }
}
