package org.dancu.register.search;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.civil.Pin;
import org.dancu.civil.Sex;
import org.dancu.locality.Localities;
import org.dancu.register.InvalidSearchException;
import org.dancu.register.LifeEvents;
import org.dancu.register.PersonCriteria;
import org.dancu.register.PersonSearch;
import org.dancu.register.SearchPage;
import org.dancu.register.internal.CommuneNames;
import org.dancu.register.internal.PersonRow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The register's search page. Result lists always mask the PIN. */
@Controller
class SearchPageController {

    private final PersonSearch search;
    private final Localities localities;
    private final LifeEvents lifeEvents;

    SearchPageController(PersonSearch search, Localities localities, LifeEvents lifeEvents) {
        this.lifeEvents = lifeEvents;
        this.search = search;
        this.localities = localities;
    }

    @GetMapping("/register")
    String search(@RequestParam(required = false) String pin, @RequestParam(required = false) String name,
                  @RequestParam(required = false) Integer year, @RequestParam(required = false) String sex,
                  @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        model.addAttribute("mayRecord", lifeEvents.mayRecord());
        boolean asked = pin != null && !pin.isBlank() || name != null && !name.isBlank();
        if (!asked) {
            return "register/search";
        }
        try {
            Sex sexFilter = sex == null || sex.isBlank() ? null : Sex.parse(sex).toOptional().orElse(null);
            SearchPage found = search.search(new PersonCriteria(pin, name, year, sexFilter, null,
                    Math.min(Math.max(page, 0), PersonCriteria.LAST_PAGE)),
                    request.getRemoteAddr());
            CommuneNames communes = new CommuneNames(localities);
            List<PersonRow> rows = found.rows().stream()
                    .map(p -> PersonRow.of(p, Pin.mask(p.pin()), communes))
                    .toList();
            model.addAttribute("rows", rows);
            model.addAttribute("result", found);
        } catch (InvalidSearchException e) {
            model.addAttribute("error", e.messageKey());
        }
        return "register/search";
    }
}
