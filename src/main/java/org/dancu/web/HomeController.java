package org.dancu.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dancu.audit.AuditTrail;
import org.dancu.civil.Ethnicity;
import org.dancu.cleansing.CleansingFigures;
import org.dancu.cleansing.QualityFigure;
import org.dancu.locality.Localities;
import org.dancu.register.PopulationTotals;
import org.dancu.security.CurrentStaff;
import org.dancu.security.Role;
import org.dancu.security.StaffPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * The home page gives each role its own figures and work: the population of their scope (officers
 * who keep population data), the agency's linked records (agency officers), the head of the audit
 * ledger (auditors), and the cards to their pages.
 */
@Controller
class HomeController {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final CurrentStaff currentStaff;
    private final PopulationTotals population;
    private final CleansingFigures cleansing;
    private final Localities localities;
    private final AuditTrail audit;
    private final JsonMapper json = JsonMapper.builder().build();

    HomeController(CurrentStaff currentStaff, PopulationTotals population, CleansingFigures cleansing,
                   Localities localities, AuditTrail audit) {
        this.currentStaff = currentStaff;
        this.population = population;
        this.cleansing = cleansing;
        this.localities = localities;
        this.audit = audit;
    }

    /** A named group with its count, as the tables show it. */
    record Named(String name, long persons) {
    }

    @GetMapping("/")
    String home(Model model) {
        Role role = currentStaff.principal().map(StaffPrincipal::getRole).orElse(null);
        if (currentStaff.keepsPopulationData()) {
            population(model);
        } else if (role == Role.AUDITOR) {
            audit.newest().ifPresent(head -> {
                model.addAttribute("ledgerHead", head.seq());
                model.addAttribute("ledgerHeadAt", SHOWN.format(head.occurredAt()));
            });
        } else if (role == Role.AGENCY_OFFICER) {
            String agency = currentStaff.scope().agencyCode();
            model.addAttribute("agencyFigure", cleansing.byAgency(null, null).stream()
                    .filter(figure -> figure.key().equals(agency)).findFirst()
                    .orElse(QualityFigure.none(agency)));
        }
        return "web/home";
    }

    private void population(Model model) {
        PopulationTotals.Totals totals = population.totals();
        model.addAttribute("totals", totals);
        model.addAttribute("computedAt", SHOWN.format(totals.computedAt()));
        model.addAttribute("communes", totals.communes().stream().map(c -> new Named(localities.resolve(c.key())
                .map(r -> r.unit().fullName()).orElse(c.key()), c.persons())).toList());
        model.addAttribute("ethnicities", totals.ethnicities().stream().map(e -> new Named(e.key() == null ? null
                : Ethnicity.byCode(e.key()).map(Ethnicity::name).orElse(e.key()), e.persons())).toList());
        Map<String, Object> pyramid = new LinkedHashMap<>();
        pyramid.put("labels", totals.ages().stream().map(g -> g.fromAge() >= 80 ? "80+"
                : g.fromAge() + "–" + (g.fromAge() + 4)).toList());
        pyramid.put("male", totals.ages().stream().map(g -> -g.male()).toList());
        pyramid.put("female", totals.ages().stream().map(PopulationTotals.AgeGroup::female).toList());
        model.addAttribute("pyramid", json.writeValueAsString(pyramid));
        List<PopulationTotals.AgeGroup> oldestFirst = new ArrayList<>(totals.ages());
        Collections.reverse(oldestFirst);
        model.addAttribute("ages", oldestFirst);
    }
}
