package org.dancu.payments.beneficiaries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.security.CurrentStaff;
import org.dancu.tabular.ColumnMapping;
import org.dancu.tabular.IntakeProgress;
import org.dancu.tabular.ReceivedFile;
import org.dancu.tabular.Tabular;
import org.dancu.tabular.TabularException;
import org.dancu.tabular.TabularFormat;
import org.dancu.tabular.TabularLimits;
import org.dancu.tabular.TabularReader;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /payments/beneficiaries/import}: an officer sends a decision's list (CSV or XLSX) to check it, every
 * row's problem said in words, or to load it: all rows, or none when any row has a problem. Columns are
 * recognised by their headers.
 */
@Controller
@PreAuthorize("hasAnyRole('PROVINCE_OFFICER','COMMUNE_OFFICER')")
class DecisionImportController {

    private static final int PROBLEMS_SHOWN = 200;

    private final DecisionImport intake;
    private final CurrentStaff staff;

    DecisionImportController(DecisionImport intake, CurrentStaff staff) {
        this.intake = intake;
        this.staff = staff;
    }

    @GetMapping("/payments/beneficiaries/import")
    String form(Model model) {
        model.addAttribute("fields", DecisionField.values());
        return "payments/beneficiaries-import";
    }

    @PostMapping("/payments/beneficiaries/import")
    String send(@RequestParam MultipartFile file, @RequestParam(defaultValue = "false") boolean load,
                HttpServletRequest request, Model model) {
        model.addAttribute("fields", DecisionField.values());
        Path stored = null;
        try {
            TabularFormat format = TabularFormat.ofFileName(file.getOriginalFilename());
            stored = Files.createTempFile("decision-list", format.extension());
            ReceivedFile.copy(file.getInputStream(), stored);
            ColumnMapping<DecisionField> mapping = mapping(stored, format);
            if (!mapping.missingRequired().isEmpty()) {
                model.addAttribute("missing", mapping.missingRequired());
                return "payments/beneficiaries-import";
            }
            DecisionList list = new DecisionList(stored, format, mapping, staff.scope(), staff.actor(),
                    request.getRemoteAddr());
            if (load) {
                model.addAttribute("loaded", intake.load(list, IntakeProgress.NONE));
            } else {
                model.addAttribute("withProblems", intake.dryRun(list, IntakeProgress.NONE));
                model.addAttribute("problems", intake.problems(list, PROBLEMS_SHOWN));
            }
        } catch (PaymentRefusedException refused) {
            model.addAttribute("refusal", refused.messageKey());
        } catch (TabularException unreadable) {
            model.addAttribute("refusal", unreadable.messageKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(stored);
        }
        return "payments/beneficiaries-import";
    }

    private static ColumnMapping<DecisionField> mapping(Path file, TabularFormat format) {
        try (TabularReader reader = Tabular.open(file, format, null, TabularLimits.DEFAULT)) {
            List<String> header = reader.header();
            return ColumnMapping.suggest(DecisionField.SCHEMA, header);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
