package org.dancu.payments.figures;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.locality.Localities;
import org.dancu.security.AgencyDirectory;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.Period;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The lines behind a figure of the non-cash indicators, which the steering pages link to for every staff
 * member; what each sees is their scope's lines ({@link PaidLineListing}). An unknown
 * indicator is not found; a malformed period, commune or agency is a bad request (the error page says so
 * in the page's language).
 */
@Controller
class PaidLinesController {

    private final PaidLineListing listing;
    private final IndicatorCatalogue catalogue;
    private final Localities localities;
    private final AgencyDirectory agencies;

    PaidLinesController(PaidLineListing listing, IndicatorCatalogue catalogue, Localities localities,
                        AgencyDirectory agencies) {
        this.listing = listing;
        this.catalogue = catalogue;
        this.localities = localities;
        this.agencies = agencies;
    }

    @GetMapping(PaidLineList.PATH)
    String lines(@RequestParam String indicator, @RequestParam String period,
                 @RequestParam(required = false) String commune, @RequestParam(required = false) String agency,
                 @RequestParam(defaultValue = "false") boolean nonCash, @RequestParam(required = false) Long after,
                 HttpServletRequest request, Locale locale, Model model) {
        IndicatorDefinition definition = catalogue.find(indicator)
                .filter(found -> PaidLines.family(found.code()).isPresent())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String unit = blankToNull(commune);
        String payer = blankToNull(agency);
        if (unit != null && !unit.matches("[0-9]{5}") || payer != null && !agencies.exists(payer)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "bad commune or agency");
        }
        PaidLineList list = new PaidLineList(indicator, parse(period), unit, payer, nonCash);
        model.addAttribute("definition", definition);
        model.addAttribute("list", list);
        model.addAttribute("communeName", unit == null ? null
                : localities.resolve(unit).map(found -> found.unit().fullName()).orElse(unit));
        model.addAttribute("agencyName", payer == null ? null : agencies.name(payer, locale).orElse(payer));
        model.addAttribute("english", "en".equals(locale.getLanguage()));
        PaidLinesQuery.Page page = listing.page(list, after, request.getRemoteAddr());
        Map<String, String> communeNames = new HashMap<>();
        page.rows().forEach(row -> communeNames.computeIfAbsent(row.communeCode(), code -> localities.resolve(code)
                .map(found -> found.unit().fullName()).orElse(code)));
        model.addAttribute("page", page);
        model.addAttribute("firstPage", list.address());
        model.addAttribute("nextPage", page.nextAfter() == null ? null : list.address(page.nextAfter()));
        model.addAttribute("communeNames", communeNames);
        model.addAttribute("paged", after != null);
        return "payments/figures/lines";
    }

    private static Period parse(String code) {
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "bad period");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
