package org.dancu.register.search;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dancu.civil.Sex;
import org.dancu.security.CurrentStaff;
import org.dancu.tabular.TabularFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /register/export}: the search's criteria as a CSV or XLSX download, PINs shown as on a profile. */
@Controller
class ExportController {

    private final PersonExport export;
    private final CurrentStaff currentStaff;

    ExportController(PersonExport export, CurrentStaff currentStaff) {
        this.export = export;
        this.currentStaff = currentStaff;
    }

    @GetMapping("/register/export")
    void export(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String name,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String sex,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        TabularFormat chosen = TabularFormat.byName(format);
        if (chosen == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Sex sexFilter = sex == null || sex.isBlank() ? null : Sex.parse(sex).toOptional().orElse(null);
        response.setContentType(chosen.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"dan-cu" + chosen.extension() + "\"");
        export.export(new PersonExport.Criteria(name, year, sexFilter), chosen, response.getOutputStream(),
                currentStaff.pinView()::of, request.getRemoteAddr());
    }
}
