package org.dancu.results.digitising;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.results.ResultRefusedException;
import org.dancu.security.CurrentStaff;
import org.dancu.security.Scope;
import org.springframework.http.CacheControl;
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

/**
 * The digitising pages: the batches and their upload (clerks), a batch's progress, each role's queue,
 * the double-entry form beside the scan (digitisers), the settlement of two disagreeing entries
 * (clerks) and the spot-check (spot-checkers). Each reads within the officer's scope; a refusal is
 * flashed in words and changes nothing.
 */
@Controller
class DigitisingController {

    static final String CLERKS = "hasAnyRole('CLERK','ADMINISTRATOR')";
    static final String DIGITISERS = "hasRole('DIGITISER')";
    static final String CHECKERS = "hasRole('SPOT_CHECKER')";
    static final String ANY = "hasAnyRole('CLERK','DIGITISER','SPOT_CHECKER','ADMINISTRATOR')";
    private static final int LIST_LIMIT = 200;

    private final CurrentStaff staff;
    private final BatchUploads uploads;
    private final DigitisingQuery query;
    private final RecordDecisions decisions;
    private final Batches batches;

    DigitisingController(CurrentStaff staff, BatchUploads uploads, DigitisingQuery query, 
                         RecordDecisions decisions, Batches batches) {
        this.staff = staff;
        this.uploads = uploads;
        this.query = query;
        this.decisions = decisions;
        this.batches = batches;
    }

    /** The digitising home: each role's queue and, for clerks, the batches and the upload. */
    @GetMapping("/results/digitising")
    @PreAuthorize(ANY)
    String home(Model model) {
        Scope scope = staff.scope();
        model.addAttribute("batches", query.batches(scope, LIST_LIMIT));
        model.addAttribute("communes", uploads.communes(scope));
        model.addAttribute("types", RecordType.values());
        model.addAttribute("toEnter", query.queue(scope, RecordState.TO_ENTER, LIST_LIMIT));
        model.addAttribute("disagreed", query.queue(scope, RecordState.DISAGREED, LIST_LIMIT));
        model.addAttribute("toCheck", query.queue(scope, RecordState.TO_CHECK, LIST_LIMIT));
        model.addAttribute("maxMegabytes", ScanFile.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxPages", NewBatch.MAX_PAGES);
        return "results/digitising/home";
    }

    @PostMapping("/results/digitising/batches")
    @PreAuthorize(CLERKS)
    String upload(@RequestParam(defaultValue = "") String commune, @RequestParam(defaultValue = "") String book,
                  @RequestParam(defaultValue = "") String type, @RequestParam(required = false) List<MultipartFile> files,
                  HttpServletRequest request, RedirectAttributes redirect) {
        try {
            List<ScanFile> scans = new ArrayList<>();
            for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
                String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
                if (!file.isEmpty() || !name.isBlank()) {
                    scans.add(ScanFile.of(name, file.getBytes()));
                }
            }
            long id = uploads.upload(new NewBatch(commune, book, recordType(type), scans), request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "results.digitising.uploaded");
            return "redirect:/results/digitising/batches/" + id;
        } catch (ResultRefusedException refusal) {
            return refused(refusal, redirect, "redirect:/results/digitising");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A batch's progress; while pages are still to read, the panel asks for itself again. */
    @GetMapping("/results/digitising/batches/{id}")
    @PreAuthorize(CLERKS)
    String batch(@PathVariable long id, Model model,
                 @RequestParam(name = "part", required = false) String part) {
        DigitisingQuery.BatchRow batch = query.batch(staff.scope(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("batch", batch);
        model.addAttribute("refusedPages", query.refusedPages(id));
        return "progress".equals(part) ? "results/digitising/batch :: progress" : "results/digitising/batch";
    }

    /** The double-entry form: the scan beside the fields, OCR's sure values filled in, unsure ones empty. */
    @GetMapping("/results/digitising/records/{id}/entry")
    @PreAuthorize(DIGITISERS)
    String entry(@PathVariable long id, Model model, HttpServletRequest request) {
        return form(id, RecordState.TO_ENTER, model, request);
    }

    @PostMapping("/results/digitising/records/{id}/entry")
    @PreAuthorize(DIGITISERS)
    String enter(@PathVariable long id, @RequestParam Map<String, String> values, HttpServletRequest request,
                 RedirectAttributes redirect) {
        try {
            decisions.enter(id, fieldValues(values), request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "results.digitising.entered");
            return "redirect:/results/digitising";
        } catch (ResultRefusedException refusal) {
            return refused(refusal, redirect, "redirect:/results/digitising/records/" + id + "/entry");
        }
    }

    /** A clerk's settlement of two disagreeing entries, both shown beside the scan. */
    @GetMapping("/results/digitising/records/{id}/resolve")
    @PreAuthorize("hasRole('CLERK')")
    String resolution(@PathVariable long id, Model model, HttpServletRequest request) {
        return form(id, RecordState.DISAGREED, model, request);
    }

    @PostMapping("/results/digitising/records/{id}/resolve")
    @PreAuthorize("hasRole('CLERK')")
    String resolve(@PathVariable long id, @RequestParam Map<String, String> values, HttpServletRequest request,
                   RedirectAttributes redirect) {
        try {
            decisions.resolve(id, fieldValues(values), request.getRemoteAddr());
            redirect.addFlashAttribute("notice", "results.digitising.resolved");
            return "redirect:/results/digitising";
        } catch (ResultRefusedException refusal) {
            return refused(refusal, redirect, "redirect:/results/digitising/records/" + id + "/resolve");
        }
    }

    /** The spot-check: the settled values beside the scan, to approve or send back. */
    @GetMapping("/results/digitising/records/{id}/check")
    @PreAuthorize(CHECKERS)
    String check(@PathVariable long id, Model model, HttpServletRequest request) {
        return form(id, RecordState.TO_CHECK, model, request);
    }

    @PostMapping("/results/digitising/records/{id}/check")
    @PreAuthorize(CHECKERS)
    String checked(@PathVariable long id, @RequestParam(defaultValue = "") String decision,
                   HttpServletRequest request, RedirectAttributes redirect) {
        try {
            if ("approve".equals(decision)) {
                decisions.approve(id, request.getRemoteAddr());
                redirect.addFlashAttribute("notice", "results.digitising.approved");
            } else if ("send-back".equals(decision)) {
                decisions.sendBack(id, request.getRemoteAddr());
                redirect.addFlashAttribute("notice", "results.digitising.sent-back");
            } else {
                throw new ResultRefusedException("results.digitising.error.decision");
            }
            return "redirect:/results/digitising";
        } catch (ResultRefusedException refusal) {
            return refused(refusal, redirect, "redirect:/results/digitising/records/" + id + "/check");
        }
    }

    /** The scan of a record's page, for the forms beside it. */
    @GetMapping("/results/digitising/records/{id}/scan")
    @PreAuthorize(ANY)
    ResponseEntity<byte[]> scan(@PathVariable long id, HttpServletRequest request) {
        DigitisedRecord record = shown(id, request);
        byte[] png = batches.image(record.pageId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
    }

    private String form(long id, RecordState expected, Model model, HttpServletRequest request) {
        DigitisedRecord record = shown(id, request);
        model.addAttribute("record", record);
        model.addAttribute("place", query.place(id).orElseThrow());
        model.addAttribute("open", record.state() == expected);
        model.addAttribute("sure", PageReading.SURE);
        return switch (expected) {
            case TO_ENTER -> "results/digitising/entry";
            case DISAGREED -> "results/digitising/resolve";
            default -> "results/digitising/check";
        };
    }

    /** A record of the officer's scope, its reading audited; any other is not found. */
    private DigitisedRecord shown(long id, HttpServletRequest request) {
        try {
            return decisions.show(id, request.getRemoteAddr());
        } catch (ResultRefusedException notFound) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static Map<String, String> fieldValues(Map<String, String> parameters) {
        return parameters.entrySet().stream().filter(e -> e.getKey().startsWith("field."))
                .collect(Collectors.toMap(e -> e.getKey().substring("field.".length()), Map.Entry::getValue));
    }

    private static RecordType recordType(String type) {
        try {
            return type.isBlank() ? null : RecordType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String refused(ResultRefusedException refusal, RedirectAttributes redirect, String to) {
        redirect.addFlashAttribute("refusal", refusal.messageKey());
        redirect.addFlashAttribute("refusalArguments", refusal.arguments());
        return to;
    }
}
