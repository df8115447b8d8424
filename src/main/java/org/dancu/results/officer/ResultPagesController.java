package org.dancu.results.officer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.civil.ParseResult;
import org.dancu.civil.Pin;
import org.dancu.results.IssuedResult;
import org.dancu.results.NewResult;
import org.dancu.results.ParcelRef;
import org.dancu.results.Provenance;
import org.dancu.results.ResultCode;
import org.dancu.results.ResultField;
import org.dancu.results.ResultRefusedException;
import org.dancu.results.ResultStatus;
import org.dancu.results.ResultType;
import org.dancu.results.Results;
import org.dancu.results.internal.ResultAudit;
import org.dancu.results.rendition.ResultPdf;
import org.dancu.security.AgencyDirectory;
import org.dancu.security.CurrentStaff;
import org.dancu.security.StaffNames;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' pages of the results register: the list of the results in their scope (filtered by
 * type, status and holder), a result's page and its PDF, revoking one with a reason, and superseding
 * one by a corrected successor. Province, commune and agency officers, each within their scope (an
 * agency officer: the results their agency issued); administrators and auditors keep no results.
 * Every look at a person's results is on the ledger before it is shown.
 */
@Controller
@PreAuthorize(ResultPagesController.OFFICERS)
class ResultPagesController {

    static final String OFFICERS = "hasAnyRole('PROVINCE_OFFICER','COMMUNE_OFFICER','AGENCY_OFFICER')";
    static final String PATH = "/results";

    private final Results results;
    private final ResultListQuery list;
    private final ResultAudit audit;
    private final ResultPdf pdf;
    private final CurrentStaff staff;
    private final AgencyDirectory agencies;
    private final StaffNames staffNames;

    ResultPagesController(Results results, ResultListQuery list, ResultAudit audit, ResultPdf pdf, CurrentStaff staff,
                          AgencyDirectory agencies, StaffNames staffNames) {
        this.results = results;
        this.list = list;
        this.audit = audit;
        this.pdf = pdf;
        this.staff = staff;
        this.agencies = agencies;
        this.staffNames = staffNames;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) ResultType type, @RequestParam(required = false) ResultStatus status,
                @RequestParam(defaultValue = "") String holder, HttpServletRequest request, Locale locale, Model model) {
        model.addAttribute("types", ResultType.values());
        model.addAttribute("statuses", ResultStatus.values());
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("holder", holder);
        model.addAttribute("agencies", agencies.all(locale));
        Pin pin = null;
        if (!holder.isBlank()) {
            ParseResult<Pin, Pin.Invalid> parsed = Pin.parse(holder);
            if (!parsed.isValid()) {
                model.addAttribute("holderError", "results.list.holder-invalid");
                model.addAttribute("rows", List.of());
                return "results/list";
            }
            pin = parsed.value();
            audit.searched(staff.actor(), pin, request.getRemoteAddr());
        }
        model.addAttribute("rows", list.list(staff.scope(), new ResultListQuery.Filter(type, status, pin)));
        model.addAttribute("limit", ResultListQuery.LIMIT);
        return "results/list";
    }

    @GetMapping(PATH + "/{code}")
    String detail(@PathVariable String code, HttpServletRequest request, Locale locale, Model model) {
        IssuedResult result = read(code, request);
        model.addAttribute("result", result);
        model.addAttribute("holders", result.holders().stream().map(p -> staff.pinView().of(p.value())).toList());
        model.addAttribute("agency", agencies.name(result.agencyCode(), locale).orElse(result.agencyCode()));
        model.addAttribute("officer", staffNames.displayNames(List.of(result.officer()))
                .getOrDefault(result.officer(), result.officer()));
        return "results/detail";
    }

    @GetMapping(PATH + "/{code}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String code, HttpServletRequest request, Locale locale) {
        IssuedResult result = read(code, request);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(result.code().value() + ".pdf").build().toString())
                .body(pdf.render(result, locale));
    }

    @PostMapping(PATH + "/{code}/revoke")
    String revoke(@PathVariable String code, @RequestParam(defaultValue = "") String reason,
                  RedirectAttributes redirect) {
        ResultCode visible = visible(code);
        try {
            results.revoke(visible, reason, username());
            redirect.addFlashAttribute("notice", "results.revoked");
        } catch (ResultRefusedException e) {
            redirect.addFlashAttribute("refusal", e.messageKey());
            redirect.addFlashAttribute("refusalArguments", e.arguments());
        }
        return "redirect:" + PATH + "/" + visible.value();
    }

    @GetMapping(PATH + "/{code}/supersede")
    String supersedeForm(@PathVariable String code, HttpServletRequest request, Model model) {
        IssuedResult result = read(code, request);
        model.addAttribute("result", result);
        model.addAttribute("form", SupersedeForm.of(result));
        return "results/supersede";
    }

    @PostMapping(PATH + "/{code}/supersede")
    String supersede(@PathVariable String code, @RequestParam MultiValueMap<String, String> values, Model model,
                     RedirectAttributes redirect) {
        ResultCode visible = visible(code);
        IssuedResult old = results.find(visible).orElseThrow();
        SupersedeForm form = SupersedeForm.read(old, values);
        try {
            IssuedResult successor = results.supersede(visible, form.toNewResult(old, username()), username());
            redirect.addFlashAttribute("notice", "results.superseded");
            return "redirect:" + PATH + "/" + successor.code().value();
        } catch (ResultRefusedException e) {
            model.addAttribute("result", old);
            model.addAttribute("form", form);
            model.addAttribute("refusal", e.messageKey());
            model.addAttribute("refusalArguments", e.arguments());
            return "results/supersede";
        }
    }

    /** The result, when the code is one and the officer sees it; its reading is on the ledger first. */
    private IssuedResult read(String code, HttpServletRequest request) {
        IssuedResult result = results.find(visible(code)).orElseThrow();
        audit.record(staff.actor(), ResultAudit.READ, result, request.getRemoteAddr());
        return result;
    }

    /** The code, when it is one of a result the officer sees; otherwise "not found", the same for both. */
    private ResultCode visible(String text) {
        Optional<ResultCode> code = ResultCode.read(text).toOptional();
        if (code.isEmpty() || !list.sees(staff.scope(), code.get())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return code.get();
    }

    private String username() {
        return staff.principal().orElseThrow().getUsername();
    }

    /**
     * What the officer typed for the successor: the holders' IDs (one a line or separated by commas),
     * the legal basis, the dossier, each field's value and, for land and housing, the parcel.
     */
    record SupersedeForm(String holders, String legalBasis, String dossierCode, List<ResultField> fields,
                         String communeCode, String mapSheet, String parcelNumber) {

        static SupersedeForm of(IssuedResult r) {
            ParcelRef p = r.parcel();
            return new SupersedeForm(String.join("\n", r.holders().stream().map(Pin::value).toList()), r.legalBasis(),
                    r.dossierCode() == null ? "" : r.dossierCode(), r.fields(), p == null ? "" : p.communeCode(),
                    p == null ? "" : p.mapSheet(), p == null ? "" : p.parcelNumber());
        }

        static SupersedeForm read(IssuedResult old, MultiValueMap<String, String> values) {
            List<ResultField> fields = new ArrayList<>();
            for (ResultField field : old.fields()) {
                fields.add(new ResultField(field.name(), value(values, "field." + field.name())));
            }
            return new SupersedeForm(value(values, "holders"), value(values, "legalBasis"),
                    value(values, "dossierCode"), fields, value(values, "communeCode"), value(values, "mapSheet"),
                    value(values, "parcelNumber"));
        }

        NewResult toNewResult(IssuedResult old, String officer) {
            List<Pin> pins = new ArrayList<>();
            for (String text : holders.split("[,;\\s]+")) {
                if (!text.isBlank()) {
                    pins.add(Pin.parse(text).toOptional()
                            .orElseThrow(() -> new ResultRefusedException("results.error.holders.malformed")));
                }
            }
            ParcelRef parcel = old.type().carriesParcel() ? new ParcelRef(communeCode, mapSheet, parcelNumber) : null;
            return new NewResult(old.type(), pins, old.agencyCode(), officer, legalBasis, dossierCode, fields, parcel,
                    Provenance.ISSUED);
        }

        private static String value(MultiValueMap<String, String> values, String name) {
            String value = values.getFirst(name);
            return value == null ? "" : value.strip();
        }
    }
}
