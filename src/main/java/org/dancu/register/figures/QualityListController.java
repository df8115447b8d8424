package org.dancu.register.figures;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.locality.Localities;
import org.dancu.register.PersonLists;
import org.dancu.register.internal.CommuneNames;
import org.dancu.register.internal.PersonRow;
import org.dancu.security.CurrentStaff;
import org.dancu.security.PinView;
import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The persons behind a figure of the register's quality indicators, which the steering pages link to. */
@Controller
class QualityListController {

    private final QualityList list;
    private final Localities localities;
    private final CurrentStaff currentStaff;
    private final IndicatorCatalogue catalogue;

    QualityListController(QualityList list, Localities localities, CurrentStaff currentStaff,
                          IndicatorCatalogue catalogue) {
        this.list = list;
        this.localities = localities;
        this.currentStaff = currentStaff;
        this.catalogue = catalogue;
    }

    @GetMapping(PersonLists.QUALITY_LIST)
    String quality(@RequestParam String indicator, @RequestParam(required = false) String commune,
                   @RequestParam(required = false) Boolean meets, @RequestParam(required = false) Long after,
                   HttpServletRequest request, Model model) {
        String unit = commune == null || commune.isBlank() ? null : commune.strip();
        QualityList.Page page = list.list(indicator, unit, meets, after, request.getRemoteAddr());
        IndicatorDefinition definition = catalogue.find(indicator).orElse(null);
        if (page == null || definition == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        CommuneNames communes = new CommuneNames(localities);
        PinView pins = currentStaff.pinView();
        List<PersonRow> rows = page.rows().stream()
                .map(p -> PersonRow.of(p, pins.of(p.pin()), communes))
                .toList();
        model.addAttribute("definition", definition);
        model.addAttribute("commune", unit);
        model.addAttribute("communeName", unit == null ? null : communes.of(unit));
        model.addAttribute("meets", meets);
        model.addAttribute("rows", rows);
        model.addAttribute("page", page);
        model.addAttribute("paged", after != null);
        return "register/quality";
    }
}
