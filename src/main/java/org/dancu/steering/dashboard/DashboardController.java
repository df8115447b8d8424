package org.dancu.steering.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.dancu.security.AgencyDirectory;
import org.dancu.security.CurrentStaff;
import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorDefinition;
import org.dancu.steering.Period;
import org.dancu.steering.PeriodType;
import org.dancu.steering.figures.Figures;
import org.dancu.steering.figures.IndicatorValues;
import org.dancu.steering.figures.Recompute;
import org.dancu.steering.figures.StoredValue;
import org.dancu.steering.internal.SteeringRoles;
import org.dancu.steering.internal.Today;
import org.dancu.steering.reviews.ReviewLayout;
import org.dancu.steering.tasks.RiskMethod;
import org.dancu.steering.tasks.SlowingAgencies;
import org.dancu.steering.tasks.TaskListQuery;
import org.dancu.steering.tasks.TaskRisk;
import org.dancu.steering.tasks.TaskRisks;
import org.dancu.steering.tasks.TaskRows;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/** The dashboard pages: province overview, commune drill-down, map, rankings of communes and agencies. */
@Controller
class DashboardController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CurrentStaff staff;
    private final ScopeRoot roots;
    private final Dashboard dashboard;
    private final IndicatorValues values;
    private final Cards cards;
    private final Figures figures;
    private final TaskListQuery tasks;
    private final TaskRows taskRows;
    private final TaskRisks risks;
    private final SlowingAgencies slowing;
    private final ReviewLayout layout;
    private final UnitNames names;
    private final Localities localities;
    private final CommuneMap map;
    private final AgencyDirectory agencies;
    private final Recompute recompute;
    private final JdbcClient jdbc;
    private final Today today;
    private final RecordDrills drills;
    private final Rankings rankings;
    private final IndicatorCatalogue catalogue;

    DashboardController(CurrentStaff staff, ScopeRoot roots, Dashboard dashboard, IndicatorValues values, Cards cards,
                        Figures figures, TaskListQuery tasks, TaskRows taskRows, TaskRisks risks,
                        SlowingAgencies slowing, ReviewLayout layout, UnitNames names, Localities localities,
                        CommuneMap map, AgencyDirectory agencies, Recompute recompute, JdbcClient jdbc, Today today,
                        RecordDrills drills, Rankings rankings, IndicatorCatalogue catalogue) {
        this.staff = staff;
        this.roots = roots;
        this.dashboard = dashboard;
        this.values = values;
        this.cards = cards;
        this.figures = figures;
        this.tasks = tasks;
        this.taskRows = taskRows;
        this.risks = risks;
        this.slowing = slowing;
        this.layout = layout;
        this.names = names;
        this.localities = localities;
        this.map = map;
        this.agencies = agencies;
        this.recompute = recompute;
        this.jdbc = jdbc;
        this.today = today;
        this.drills = drills;
        this.rankings = rankings;
        this.catalogue = catalogue;
    }

    @GetMapping("/steering")
    String overview(@RequestParam(required = false) String period, @RequestParam(defaultValue = "false") boolean large,
                    Model model, Locale locale) {
        Scope scope = staff.scope();
        Optional<ScopeRoot.Root> root = roots.of(scope);
        Period chosen = PeriodChoice.parse(period, today.date());
        if (root.isPresent() && root.get().commune()) {
            return "redirect:/steering/communes/" + root.get().code() + "?period=" + chosen.code();
        }
        common(model, chosen, large, locale);
        List<TaskRisk> assessed = risks.assess(tasks.visibleTo(scope), today.date());
        Map<String, String> agencyNames = agencies.all(locale);
        model.addAttribute("behind", taskRows.of(assessed.stream().filter(TaskRisk::behind).toList(), scope, locale));
        model.addAttribute("reminders", taskRows.reminders(assessed, scope, locale));
        model.addAttribute("agencyName", taskRows.agencyName(scope, locale));
        model.addAttribute("slowing", slowing.find(assessed, today.date()).stream()
                .map(s -> new AgencyRow(s.agencyCode(), agencyNames.getOrDefault(s.agencyCode(), s.agencyCode()),
                        0, 0, s.tasksBehind().size(), layout.slowingReasons(s, locale)))
                .toList());
        root.ifPresent(r -> {
            model.addAttribute("unitName", names.name(r.level(), r.code()));
            model.addAttribute("cards", cards.of(dashboard.lines(scope, r.level(), r.code(), chosen), chosen, locale));
            model.addAttribute("drills", drills.of(r.level(), r.code(), chosen, today.date()));
        });
        return "steering/overview";
    }

    @GetMapping("/steering/communes/{code}")
    String commune(@PathVariable String code, @RequestParam(required = false) String period,
                   @RequestParam(required = false) String indicator, @RequestParam(defaultValue = "false") boolean large,
                   Model model, Locale locale) {
        Scope scope = staff.scope();
        AdministrativeUnit commune = visibleCurrentCommune(scope, code);
        Period chosen = PeriodChoice.parse(period, today.date());
        IndicatorDefinition selected = IndicatorChoice.of(catalogue, indicator);
        common(model, chosen, large, locale);
        model.addAttribute("commune", commune);
        model.addAttribute("cards", cards.of(dashboard.lines(scope, IndicatorValues.UnitLevel.COMMUNE, code, chosen),
                chosen, locale));
        model.addAttribute("drills", drills.of(IndicatorValues.UnitLevel.COMMUNE, code, chosen, today.date()));
        model.addAttribute("selected", selected);
        LocalDate from = chosen.lastDay().withDayOfMonth(1).minusMonths(17);
        List<IndicatorValues.SeriesPoint> series = values.series(scope, selected.code(),
                IndicatorValues.UnitLevel.COMMUNE, code, PeriodType.MONTH, from, chosen.lastDay());
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", series.stream().map(p -> figures.period(Period.parse(p.periodCode()), locale)).toList());
        chart.put("values", series.stream().map(p -> Figures.shown(p.value())).toList());
        chart.put("target", values.target(selected.code(), chosen.lastDay().getYear()).orElse(null));
        boolean seriesDemo = series.stream().anyMatch(IndicatorValues.SeriesPoint::demo);
        chart.put("label", figures.text(selected.nameKey(), locale)
                + (seriesDemo ? " " + figures.text("steering.demo.suffix", locale) : ""));
        chart.put("targetLabel", figures.text("steering.col.target", locale));
        model.addAttribute("chart", JSON.writeValueAsString(chart));
        model.addAttribute("seriesEmpty", series.isEmpty());
        model.addAttribute("seriesDemo", seriesDemo);
        List<String> predecessorCodes = localities.predecessors(code).stream().map(AdministrativeUnit::code).toList();
        model.addAttribute("predecessors", values.ranking(scope, selected.code(), IndicatorValues.UnitLevel.OLD_COMMUNE,
                        chosen).stream().filter(v -> predecessorCodes.contains(v.unitCode()))
                .map(v -> rankings.row(v, IndicatorValues.UnitLevel.OLD_COMMUNE, selected, locale)).toList());
        model.addAttribute("predecessorNames", localities.predecessors(code));
        return "steering/commune";
    }

    @GetMapping("/steering/ranking")
    String ranking(@RequestParam(required = false) String period, @RequestParam(required = false) String indicator,
                   @RequestParam(defaultValue = "current") String hierarchy, @RequestParam(defaultValue = "false") boolean large,
                   Model model, Locale locale) {
        Period chosen = PeriodChoice.parse(period, today.date());
        IndicatorDefinition selected = IndicatorChoice.of(catalogue, indicator);
        common(model, chosen, large, locale);
        model.addAttribute("selected", selected);
        model.addAttribute("hierarchy", "old".equals(hierarchy) ? "old" : "current");
        Map<String, List<Rankings.RankRow>> tables = rankings.tables(selected, chosen, "old".equals(hierarchy), locale);
        model.addAttribute("tables", tables);
        model.addAttribute("computedAt", StoredValue.latest(tables.values().stream().flatMap(List::stream).map(Rankings.RankRow::computedAt)));
        return "steering/ranking";
    }

    @GetMapping("/steering/map")
    String map(@RequestParam(required = false) String period, @RequestParam(required = false) String indicator,
               @RequestParam(defaultValue = "false") boolean large, Model model, Locale locale) {
        Period chosen = PeriodChoice.parse(period, today.date());
        IndicatorDefinition selected = IndicatorChoice.of(catalogue, indicator);
        common(model, chosen, large, locale);
        model.addAttribute("selected", selected);
        Map<String, BigDecimal> byCommune = new LinkedHashMap<>();
        List<StoredValue> shown = values.ranking(staff.scope(), selected.code(), IndicatorValues.UnitLevel.COMMUNE,
                chosen);
        shown.forEach(v -> byCommune.put(v.unitCode(), v.value()));
        model.addAttribute("computedAt", StoredValue.latest(shown.stream().map(StoredValue::computedAt)));
        model.addAttribute("demo", shown.stream().anyMatch(StoredValue::demo));
        BigDecimal target = values.target(selected.code(), chosen.lastDay().getYear()).orElse(null);
        String targetText = target == null ? "" : figures.value(selected, target, locale);
        List<CommuneMap.Region> regions = map.colour(byCommune, target);
        Set<String> open = visible(staff.scope(), regions.stream().map(r -> r.shape().code()).toList());
        model.addAttribute("regions", regions.stream()
                .map(r -> new MapRegion(r.shape(), r.fill(), figures.text(target == null ? "steering.map.figure"
                        : "steering.map.figure-target", locale, r.shape().fullName(),
                        figures.value(selected, r.value(), locale), targetText), open.contains(r.shape().code())))
                .toList());
        model.addAttribute("mapWidth", map.width());
        model.addAttribute("mapHeight", map.height());
        model.addAttribute("colours", CommuneMap.COLOURS);
        model.addAttribute("noDataColour", CommuneMap.NO_DATA);
        model.addAttribute("empty", byCommune.isEmpty());
        return "steering/map";
    }

    @GetMapping("/steering/agencies")
    String agencies(@RequestParam(defaultValue = "false") boolean large, Model model, Locale locale) {
        common(model, Period.containing(PeriodType.MONTH, today.date()), large, locale);
        List<TaskRisk> assessed = risks.assess(tasks.visibleTo(staff.scope()), today.date());
        Map<String, String> agencyNames = agencies.all(locale);
        Map<String, SlowingAgencies.Slowing> slow = new LinkedHashMap<>();
        slowing.find(assessed, today.date()).forEach(s -> slow.put(s.agencyCode(), s));
        List<AgencyRow> rows = new ArrayList<>();
        assessed.stream().map(r -> r.task().leadAgency()).distinct().forEach(agency -> {
            List<TaskRisk> led = assessed.stream().filter(r -> r.task().leadAgency().equals(agency)).toList();
            long onTrack = led.stream().filter(r -> r.assessment().status() == RiskMethod.Status.MET
                    || r.assessment().status() == RiskMethod.Status.ON_TRACK).count();
            long behind = led.stream().filter(TaskRisk::behind).count();
            SlowingAgencies.Slowing s = slow.get(agency);
            rows.add(new AgencyRow(agency, agencyNames.getOrDefault(agency, agency), led.size(), (int) onTrack,
                    (int) behind, s == null ? "" : layout.slowingReasons(s, locale)));
        });
        rows.sort((a, b) -> Double.compare(b.share(), a.share()));
        model.addAttribute("agencies", rows);
        return "steering/agencies";
    }

    @PostMapping("/steering/recompute")
    @PreAuthorize(SteeringRoles.LEADERS)
    String recompute(RedirectAttributes redirect) {
        redirect.addFlashAttribute("recomputed", recompute.all());
        return "redirect:/steering";
    }

    private void common(Model model, Period period, boolean large, Locale locale) {
        model.addAttribute("period", period);
        model.addAttribute("periods", PeriodChoice.options(today.date(), figures, locale));
        model.addAttribute("indicators", catalogue.all());
        model.addAttribute("large", large);
    }


    /** A current commune the scope covers; 404 otherwise, so other communes' pages do not even show empty. */
    private AdministrativeUnit visibleCurrentCommune(Scope scope, String code) {
        AdministrativeUnit unit = localities.resolve(code)
                .map(r -> r.unit())
                .filter(u -> u.isCurrent() && u.level() == org.dancu.locality.UnitLevel.COMMUNE)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (visible(scope, List.of(code)).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return unit;
    }

    /** Those of the current communes whose page the scope may open: those it covers wholly. */
    private Set<String> visible(Scope scope, List<String> codes) {
        SqlCondition condition = IndicatorValues.covers(scope, "c.code");
        return Set.copyOf(condition.bind(jdbc.sql("SELECT c.code FROM unnest(:codes) AS c(code) WHERE "
                + condition.sql())).param("codes", codes.toArray(String[]::new)).query(String.class).list());
    }

    /** A commune on the map: its shape, colour and the figure shown when pointed at. */
    record MapRegion(CommuneMap.Shape shape, String fill, String label, boolean linkable) {
    }

    record AgencyRow(String code, String name, int tasks, int onTrack, int behind, String reasons) {

        double share() {
            return tasks == 0 ? 0 : (double) onTrack / tasks;
        }
    }

}
