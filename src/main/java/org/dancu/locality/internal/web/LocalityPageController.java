package org.dancu.locality.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.dancu.locality.Resolution;
import org.dancu.locality.UnitLevel;
import org.dancu.locality.UnknownLocalityException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Browsing the hierarchy: {@code /localities} (the deployment province),
 * {@code /localities/{code}?view=current|before2025} and the search fragment
 * {@code /localities/search?q=…}. These URLs are linked from elsewhere and stay stable.
 */
@Controller
@RequestMapping("/localities")
class LocalityPageController {

    static final int SEARCH_LIMIT = 25;

    private final Localities localities;

    LocalityPageController(Localities localities) {
        this.localities = localities;
    }

    @GetMapping
    String deploymentProvince(@RequestParam(required = false) String view, Model model) {
        return browse(localities.deploymentProvince().code(), view, model);
    }

    @GetMapping("/{code}")
    String browse(@PathVariable String code, @RequestParam(required = false) String view, Model model) {
        Resolution named = LocalityCode.isWellFormed(code) ? localities.resolve(code).orElse(null) : null;
        if (named == null) {
            throw new UnknownLocalityException(code);
        }
        HierarchyView chosen = Optional.ofNullable(HierarchyView.fromSlug(view))
                .orElse(named.unit().isCurrent() ? HierarchyView.CURRENT : HierarchyView.BEFORE_2025);
        Optional<Resolution> inView = chosen == HierarchyView.CURRENT
                ? Optional.of(named).filter(r -> r.unit().isCurrent())
                : localities.resolve(code, chosen.asOf());
        model.addAttribute("code", code);
        model.addAttribute("view", chosen);
        model.addAttribute("views", HierarchyView.values());
        model.addAttribute("named", UnitRow.of(named.unit())
                .withRelated(named.unit().isCurrent() ? List.of() : successors(named)));
        inView.ifPresent(resolution -> describe(resolution, chosen, model));
        return "locality/browse";
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String view,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                  HttpServletResponse response) {
        // the same URL answers a fragment to htmx and a page to a plain request: caches must keep both
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        model.addAttribute("query", q.strip());
        if (!q.isBlank()) {
            model.addAttribute("results", localities.search(q, null, SEARCH_LIMIT).stream()
                    .map(unit -> UnitRow.of(unit).withContext(parentName(unit)))
                    .toList());
        }
        if (htmx != null) {
            return "locality/browse :: results";
        }
        return deploymentProvince(view, model);
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(UnknownLocalityException e, Model model) {
        model.addAttribute("code", e.code());
        model.addAttribute("home", localities.deploymentProvince());
        return "locality/unknown";
    }

    private void describe(Resolution resolution, HierarchyView view, Model model) {
        AdministrativeUnit unit = resolution.unit();
        model.addAttribute("unit", UnitRow.of(unit));
        model.addAttribute("breadcrumb", lineage(unit, view).stream().map(UnitRow::of).toList());
        model.addAttribute("sameCode", resolution.sameCodeElsewhereInTime().stream().map(UnitRow::of).toList());
        if (unit.isCurrent()) {
            model.addAttribute("predecessors", predecessors(unit));
        } else {
            model.addAttribute("successors", successors(resolution));
        }
        List<UnitRow> rows = localities.children(unit.code(), view.asOf()).stream()
                .map(child -> row(child, view))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("typeCounts", typeCounts(rows));
        model.addAttribute("childLevel", rows.isEmpty() ? null : rows.get(0).unit().level());
    }

    private UnitRow row(AdministrativeUnit child, HierarchyView view) {
        UnitRow row = UnitRow.of(child);
        if (child.level() == UnitLevel.DISTRICT) {
            return row.withChildCount(localities.children(child.code(), view.asOf()).size());
        }
        if (child.isCurrent()) {
            return row.withRelated(predecessors(child));
        }
        return row.withRelated(successors(localities.resolve(child.code(), view.asOf()).orElseThrow()));
    }

    /** The old communes a current commune took in, each marked partial when the old commune was split. */
    private List<UnitRow.Related> predecessors(AdministrativeUnit current) {
        return localities.predecessors(current.code()).stream()
                .map(old -> new UnitRow.Related(old, localities.resolve(old.code(), old.validUntil())
                        .map(Resolution::partial).orElse(false)))
                .toList();
    }

    private static List<UnitRow.Related> successors(Resolution resolution) {
        return resolution.currentSuccessors().stream()
                .map(successor -> new UnitRow.Related(successor, resolution.partial()))
                .toList();
    }

    private List<AdministrativeUnit> lineage(AdministrativeUnit unit, HierarchyView view) {
        List<AdministrativeUnit> line = new ArrayList<>();
        for (AdministrativeUnit u = unit; u != null; u = parent(u, view.asOf())) {
            line.add(0, u);
        }
        return line;
    }

    private AdministrativeUnit parent(AdministrativeUnit unit, LocalDate asOf) {
        return unit.parentCode() == null ? null
                : localities.resolve(unit.parentCode(), asOf).map(Resolution::unit).orElse(null);
    }

    private String parentName(AdministrativeUnit unit) {
        List<String> names = new ArrayList<>();
        LocalDate asOf = unit.isCurrent() ? null : unit.validUntil();
        for (AdministrativeUnit u = parent(unit, asOf); u != null; u = parent(u, asOf)) {
            names.add(u.fullName());
        }
        return String.join(", ", names);
    }

    /** How many children of each type, in the order the types first appear. */
    private static List<TypeCount> typeCounts(List<UnitRow> rows) {
        Map<String, TypeCount> counts = new LinkedHashMap<>();
        for (UnitRow row : rows) {
            counts.merge(row.unit().type(), new TypeCount(row.typeKey(), row.unit().type(), 1),
                    (was, now) -> new TypeCount(was.typeKey(), was.type(), was.count() + 1));
        }
        return List.copyOf(counts.values());
    }

    /** @param typeKey message key of the type, {@code null} for a type the bundles do not name */
    record TypeCount(String typeKey, String type, int count) {
    }
}
