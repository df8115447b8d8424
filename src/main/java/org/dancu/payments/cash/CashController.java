package org.dancu.payments.cash;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.audit.Actor;
import org.dancu.locality.Localities;
import org.dancu.security.CurrentStaff;
import org.dancu.security.Scope;
import org.dancu.tabular.IntakeProgress;
import org.dancu.tabular.ReceivedFile;
import org.dancu.tabular.TabularException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' page of cash payments through the postal operator, within their communes: what is due by
 * commune, the operator's list to download, and the operator's receipts to upload (all rows recorded, or
 * none and each row's problem in words).
 */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_OFFICER','COMMUNE_OFFICER')")
class CashController {

    static final String PATH = "/payments/cash";
    private static final int PROBLEMS_SHOWN = 200;

    private final CashLinesQuery lines;
    private final PostalList list;
    private final CashReceipts receipts;
    private final CurrentStaff staff;
    private final Localities localities;

    CashController(CashLinesQuery lines, PostalList list, CashReceipts receipts, CurrentStaff staff,
                   Localities localities) {
        this.lines = lines;
        this.list = list;
        this.receipts = receipts;
        this.staff = staff;
        this.localities = localities;
    }

    /** What is due in one commune, the commune by its name. */
    record CommuneRow(String commune, long lines, long amount) {
    }

    @GetMapping(PATH)
    String page(Model model) {
        List<CashLinesQuery.CommuneDue> due = lines.dueByCommune(staff.scope());
        model.addAttribute("due", due.stream().map(commune -> new CommuneRow(localities.resolve(commune.communeCode())
                .map(found -> found.unit().fullName()).orElse(commune.communeCode()), commune.lines(), commune.amount()))
                .toList());
        model.addAttribute("lines", due.stream().mapToLong(CashLinesQuery.CommuneDue::lines).sum());
        model.addAttribute("amount", due.stream().mapToLong(CashLinesQuery.CommuneDue::amount).sum());
        return "payments/cash";
    }

    @GetMapping(PATH + "/list.csv")
    ResponseEntity<StreamingResponseBody> download(HttpServletRequest request) {
        Scope scope = staff.scope();
        Actor officer = staff.actor();
        String origin = request.getRemoteAddr();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"postal-cash-list.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out -> list.write(scope, officer, origin, out));
    }

    @PostMapping(PATH + "/receipts")
    String upload(@RequestParam("file") MultipartFile file, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        Path kept = keep(file);
        try {
            CashReceipts.ReceiptsFile batch = new CashReceipts.ReceiptsFile(kept, staff.scope(), staff.actor(),
                    request.getRemoteAddr());
            long recorded = receipts.load(batch, IntakeProgress.NONE);
            List<?> problems = receipts.problems(batch, PROBLEMS_SHOWN);
            if (problems.isEmpty()) {
                redirect.addFlashAttribute("recorded", recorded);
                return "redirect:" + PATH;
            }
            model.addAttribute("problems", problems);
        } catch (TabularException refused) {
            model.addAttribute("fileRefusal", refused);
        } finally {
            delete(kept);
        }
        return page(model);
    }

    private static Path keep(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            Path kept = Files.createTempFile("dancu-cash-receipts", ".csv");
            ReceivedFile.copy(in, kept);
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded receipts", e);
        }
    }

    private static void delete(Path kept) {
        try {
            Files.deleteIfExists(kept);
        } catch (IOException e) {
            kept.toFile().deleteOnExit();
        }
    }
}
