package org.dancu.steering.reviews;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dancu.security.CurrentStaff;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dancu.steering.dashboard.IndicatorChoice;
import org.dancu.steering.dashboard.PeriodChoice;
import org.dancu.steering.dashboard.Rankings;
import org.dancu.steering.figures.Figures;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The six-monthly review as PDF and DOCX, and spreadsheets of the dashboard's tables. */
@Controller
class ReportController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final String OFFICIAL = "official";

    private final CurrentStaff staff;
    private final Reviews reviews;
    private final ReviewLayout layout;
    private final OfficialReview official;
    private final PdfReport pdf;
    private final DocxReport docx;
    private final XlsxTable xlsx;
    private final Figures figures;
    private final Rankings rankings;
    private final IndicatorCatalogue catalogue;
    private final Today today;

    ReportController(CurrentStaff staff, Reviews reviews, ReviewLayout layout, OfficialReview official, PdfReport pdf,
                     DocxReport docx, XlsxTable xlsx, Figures figures, Rankings rankings, Today today,
                     IndicatorCatalogue catalogue) {
        this.staff = staff;
        this.reviews = reviews;
        this.layout = layout;
        this.official = official;
        this.pdf = pdf;
        this.docx = docx;
        this.xlsx = xlsx;
        this.figures = figures;
        this.rankings = rankings;
        this.today = today;
        this.catalogue = catalogue;
    }

    @GetMapping("/steering/reports")
    @PreAuthorize(SteeringRoles.LEADERS)
    String reports(Model model, Locale locale) {
        model.addAttribute("halves", PeriodChoice.recent(today.date()).stream()
                .filter(p -> p.type() == PeriodType.HALF_YEAR).map(p -> PeriodChoice.option(p, figures, locale))
                .toList());
        return "steering/reports";
    }

    /**
     * The review as PDF; {@code form=official} lays it out in the administrative format (motto,
     * issuing body, number, place and date, recipients, signature).
     */
    @GetMapping("/steering/reports/review.pdf")
    @PreAuthorize(SteeringRoles.LEADERS)
    ResponseEntity<byte[]> reviewPdf(@RequestParam(required = false) String period,
                                     @RequestParam(defaultValue = "") String form, Locale locale) {
        Period half = half(period);
        List<ReportBlock> blocks = blocks(half, form, locale);
        return file(OFFICIAL.equals(form) ? pdf.writePortrait(blocks, figures, locale)
                : pdf.write(blocks, figures, locale), MediaType.APPLICATION_PDF, fileName(half, form) + ".pdf");
    }

    @GetMapping("/steering/reports/review.docx")
    @PreAuthorize(SteeringRoles.LEADERS)
    ResponseEntity<byte[]> reviewDocx(@RequestParam(required = false) String period,
                                      @RequestParam(defaultValue = "") String form, Locale locale) {
        Period half = half(period);
        return file(docx.write(blocks(half, form, locale), figures, locale), DOCX, fileName(half, form) + ".docx");
    }

    /** The review's blocks in today's layout, or in the administrative one; any other form is refused with 400. */
    private List<ReportBlock> blocks(Period half, String form, Locale locale) {
        if (!form.isEmpty() && !OFFICIAL.equals(form)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown report form");
        }
        Review review = reviews.build(staff.scope(), half);
        return OFFICIAL.equals(form) ? official.layout(review, locale) : layout.layout(review, locale);
    }

    private static String fileName(Period half, String form) {
        return (OFFICIAL.equals(form) ? "review-official-" : "review-") + half.code();
    }

    /** The commune (or old-unit) ranking of an indicator as a spreadsheet. */
    @GetMapping("/steering/ranking.xlsx")
    ResponseEntity<byte[]> rankingXlsx(@RequestParam(required = false) String period,
                                       @RequestParam(required = false) String indicator,
                                       @RequestParam(defaultValue = "current") String hierarchy, Locale locale) {
        Period chosen = PeriodChoice.parse(period, today.date());
        IndicatorDefinition selected = IndicatorChoice.of(catalogue, indicator);
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<String, List<Rankings.RankRow>> table
                : rankings.tables(selected, chosen, "old".equals(hierarchy), locale).entrySet()) {
            String level = figures.text(table.getKey(), locale);
            for (Rankings.RankRow row : table.getValue()) {
                rows.add(List.of(level, row.code(), row.name(), ReviewLayout.count(row.numerator()),
                        ReviewLayout.count(row.denominator()), ReportBlock.Figure.of(selected, row.value()),
                        figures.dateTime(row.computedAt()),
                        row.demo() ? figures.text("steering.demo.side.current", locale) : ""));
            }
        }
        ReportBlock.Table table = new ReportBlock.Table(List.of(figures.text("steering.col.level", locale),
                figures.text("steering.col.code", locale), figures.text("steering.col.unit", locale),
                figures.text(selected.numeratorKey(), locale), figures.text(selected.denominatorKey(), locale),
                figures.text("steering.col.value", locale), figures.text("steering.col.computed-at", locale),
                figures.text("steering.col.demo-sides", locale)), rows);
        return file(xlsx.write(figures.period(chosen, locale), table, figures, locale), XLSX,
                selected.code() + "-" + chosen.code() + ".xlsx");
    }

    /** The review's results table for any period as a spreadsheet. */
    @GetMapping("/steering/overview.xlsx")
    @PreAuthorize(SteeringRoles.LEADERS)
    ResponseEntity<byte[]> overviewXlsx(@RequestParam(required = false) String period, Locale locale) {
        Period chosen = PeriodChoice.parse(period, today.date());
        ReportBlock.Table results = layout.layout(reviews.build(staff.scope(), chosen), locale).stream()
                .filter(ReportBlock.Table.class::isInstance).map(ReportBlock.Table.class::cast).findFirst()
                .orElseThrow();
        return file(xlsx.write(figures.period(chosen, locale), results, figures, locale), XLSX, "overview-" + chosen.code() + ".xlsx");
    }

    private Period half(String code) {
        if (code == null || code.isBlank()) {
            return Period.containing(PeriodType.HALF_YEAR, today.date()).previous();
        }
        return PeriodChoice.parse(code, today.date());
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
