package org.dancu.steering.indicators;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.Period;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Indicators", description = "The steering indicators and their stored figures by period and unit, "
        + "in the manner of DHIS2's analytics API, for the systems that aggregate provincial figures")
@SecurityRequirement(name = IndicatorApiDescription.BEARER)
@SecurityRequirement(name = "staffSession")
class IndicatorApiController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final MessageSource messages;
    private final ApiCaller caller;
    private final ProvinceUnits units;
    private final IndicatorFactsQuery facts;
    private final IndicatorCatalogue catalogue;

    IndicatorApiController(MessageSource messages, ApiCaller caller, ProvinceUnits units, IndicatorFactsQuery facts,
                           IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
        this.messages = messages;
        this.caller = caller;
        this.units = units;
        this.facts = facts;
    }

    @GetMapping({"/indicators", "/indicators.csv"})
    @Operation(summary = "The indicator catalogue",
            description = "Every indicator: names in Vietnamese and English, what its numerator and denominator "
                    + "count, factor, unit of measure, period types and the module that counts it. JSON, or CSV "
                    + "with the .csv address, format=csv or Accept: text/csv.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = IndicatorDescription[].class)),
            @Content(mediaType = "text/csv")})
    ResponseEntity<?> catalogue(HttpServletRequest request,
                                @RequestParam(required = false) @Parameter(description = "json or csv") String format) {
        List<IndicatorDescription> all = catalogue.all().stream()
                .map(d -> IndicatorDescription.of(d, messages)).toList();
        return ResponseFormat.of(request, format) == ResponseFormat.CSV
                ? csv(IndicatorCsv.catalogue(all), "indicators.csv") : ResponseEntity.ok(all);
    }

    @GetMapping("/indicators/{code}")
    @Operation(summary = "One indicator of the catalogue")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = IndicatorDescription.class)))
    @ApiResponse(responseCode = "404", description = "no indicator has this code",
            content = @Content(mediaType = "application/problem+json"))
    IndicatorDescription indicator(@PathVariable @Parameter(example = "REG_VALID_PIN") String code) {
        return IndicatorDescription.of(definition(code), messages);
    }

    @GetMapping({"/indicators/{code}/values", "/indicators/{code}/values.csv"})
    @Operation(summary = "Figures of one indicator by period and unit",
            description = "One row per unit × period asked: numerator, denominator, value, status (VALUE, "
                    + "ZERO_DENOMINATOR, or NO_DATA when nothing is stored: no data, never a zero), origin (COMPUTED "
                    + "or DEMO) and when it was computed. Only units wholly within the caller's scope (an API "
                    + "client's unit, an officer's scope) are answered; naming another is refused with 403. "
                    + "JSON, or CSV with the .csv address, format=csv or Accept: text/csv.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = IndicatorValuesAnswer.class)),
            @Content(mediaType = "text/csv")})
    @ApiResponse(responseCode = "400", description = "a parameter cannot be read",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "a unit asked for is outside the caller's scope",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "unknown indicator or unit",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> values(HttpServletRequest request,
                             @PathVariable @Parameter(example = "REG_VALID_PIN") String code,
                             @RequestParam(required = false) @Parameter(description = "a range of periods of one "
                                     + "type (2025-01..2026-12, 2025Q1..2026Q4, 2025S1..2026S2, 2024..2026) or a "
                                     + "comma-separated list of period codes; at most "
                                     + PeriodSelection.MAX_PERIODS + " periods", example = "2025-01..2026-12")
                             String period,
                             @RequestParam(required = false) @Parameter(description = "province (default), commune "
                                     + "(current), oldDistrict or oldCommune (before 1 July 2025), agency (its "
                                     + "province-wide figures)", example = "commune") String unitLevel,
                             @RequestParam(required = false) @Parameter(description = "comma-separated codes of "
                                     + "units of that level; the province's code stands for all of them and an old "
                                     + "district's for its old communes; default: every unit of the level in the "
                                     + "caller's scope", example = "11") String unit,
                             @RequestParam(required = false) @Parameter(description = "json or csv") String format) {
        IndicatorDefinition definition = definition(code);
        List<Period> periods = PeriodSelection.parse(period);
        UnitSelection selection = UnitSelection.parse(unitLevel, unit, units);
        ResponseFormat responseFormat = ResponseFormat.of(request, format);
        List<IndicatorFactsQuery.Fact> found = facts.values(caller.scope(), definition.code(), selection.level(),
                units.province(), selection.codes(), periods);
        if (selection.explicit()) {
            refuseOutOfScope(selection, found);
        }
        IndicatorValuesAnswer answer = new IndicatorValuesAnswer(definition.code(), selection.level().parameter(),
                definition.factor(), periods.stream().map(Period::code).toList(),
                found.stream().map(IndicatorValuesAnswer.Row::of).toList());
        return responseFormat == ResponseFormat.CSV
                ? csv(IndicatorCsv.values(answer), definition.code() + ".csv") : ResponseEntity.ok(answer);
    }

    /** Every unit named must be answered: the query leaves out those the scope does not cover. */
    private static void refuseOutOfScope(UnitSelection selection, List<IndicatorFactsQuery.Fact> found) {
        Set<String> answered = new LinkedHashSet<>();
        found.forEach(fact -> answered.add(fact.unit()));
        selection.codes().stream().filter(c -> !answered.contains(c)).findFirst().ifPresent(c -> {
            throw new InvalidIndicatorRequest(HttpStatus.FORBIDDEN, "steering.api.error.scope", c);
        });
    }

    private IndicatorDefinition definition(String code) {
        return catalogue.find(code).orElseThrow(() ->
                new InvalidIndicatorRequest(HttpStatus.NOT_FOUND, "steering.api.error.indicator-unknown", code));
    }

    private static ResponseEntity<byte[]> csv(byte[] body, String fileName) {
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"").body(body);
    }
}
