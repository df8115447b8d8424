package org.dancu.locality.internal.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.dancu.locality.Resolution;
import org.dancu.locality.UnknownLocalityException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/localities")
@Tag(name = "Localities", description = "Administrative units before and after the 2025 reform")
class LocalityApiController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final Localities localities;

    LocalityApiController(Localities localities) {
        this.localities = localities;
    }

    @GetMapping("/{code}")
    @Operation(summary = "What a code means",
            description = "The unit with this code (the current one if any, otherwise the most recent) and the "
                    + "current units that took over its territory. Old and new codes are both accepted.")
    Resolution resolve(@PathVariable @Parameter(example = "03124") String code) {
        LocalityCode.check(code);
        return localities.resolve(code).orElseThrow(() -> new UnknownLocalityException(code));
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "The units directly below a unit",
            description = "A province's districts before 1 July 2025 and its communes after it; a district's communes.")
    List<AdministrativeUnit> children(@PathVariable @Parameter(example = "11") String code,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      @Parameter(description = "as on this date (YYYY-MM-DD); if absent, below the unit the code names",
                                              example = "2024-06-01") LocalDate asOf) {
        LocalityCode.check(code);
        return localities.children(code, asOf);
    }

    @GetMapping
    @Operation(summary = "Find units by name or code",
            description = "Ignores case, diacritics and tone-mark placement; matches with the same diacritics rank first.")
    List<AdministrativeUnit> search(@RequestParam @Parameter(example = "muong thanh") String q,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    @Parameter(description = "only units valid on this date; all periods if absent")
                                    LocalDate asOf,
                                    @RequestParam(defaultValue = "" + DEFAULT_LIMIT)
                                    @Parameter(description = "1 to " + MAX_LIMIT) int limit) {
        if (q.isBlank()) {
            throw new InvalidLocalityRequestException("locality.error.query-blank");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidLocalityRequestException("locality.error.limit", MAX_LIMIT);
        }
        return localities.search(q, asOf, limit);
    }
}
