package org.dancu.register.internal.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.civil.Ethnicity;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.civil.Sex;
import org.dancu.locality.Localities;
import org.dancu.register.InvalidSearchException;
import org.dancu.register.LifeEvents;
import org.dancu.register.PersonCriteria;
import org.dancu.register.PersonProfile;
import org.dancu.register.PersonRecords;
import org.dancu.register.PersonSearch;
import org.dancu.register.SearchPage;
import org.dancu.security.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The register's search and person pages. Result lists always mask the PIN; a profile shows it in
 * full, and the phone number and e-mail address at all, only to the roles that
 * {@linkplain org.dancu.security.Role#keepsPopulationData() keep population data}.
 */
@Controller
class RegisterPageController {

    private final PersonSearch search;
    private final PersonRecords records;
    private final Localities localities;
    private final CurrentStaff currentStaff;
    private final LifeEvents lifeEvents;

    RegisterPageController(PersonSearch search, PersonRecords records, Localities localities,
                           CurrentStaff currentStaff, LifeEvents lifeEvents) {
        this.lifeEvents = lifeEvents;
        this.search = search;
        this.records = records;
        this.localities = localities;
        this.currentStaff = currentStaff;
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

    @GetMapping("/register/persons/{id}")
    String person(@PathVariable long id, HttpServletRequest request, Model model) {
        PersonProfile person = records.read(id, request.getRemoteAddr())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CommuneNames communes = new CommuneNames(localities);
        model.addAttribute("person", person);
        model.addAttribute("nameSpelling", nameSpelling(person.fullName()));
        model.addAttribute("ethnicity", person.ethnicityCode() == null ? null
                : Ethnicity.byCode(person.ethnicityCode()).map(Ethnicity::name).orElse(person.ethnicityCode()));
        model.addAttribute("commune", communes.of(person.communeCode()));
        model.addAttribute("currentCommune", communes.of(person.currentCommuneCode()));
        model.addAttribute("homeTown", communes.of(person.homeTown()));
        model.addAttribute("birthPlace", communes.of(person.birthRegistrationPlace()));
        model.addAttribute("temporaryCommune", communes.of(person.temporaryCommuneCode()));
        model.addAttribute("residenceCommune", communes.of(person.residenceCommuneCode()));
        model.addAttribute("showsContact", currentStaff.keepsPopulationData());
        model.addAttribute("mayRecord", lifeEvents.mayRecord());
        return "register/person";
    }

    /** The message flagging a name not written as the register writes names; null when it is. */
    static String nameSpelling(String fullName) {
        PersonName.Spelling spelling = PersonName.spelling(fullName);
        return spelling == PersonName.Spelling.NORMALISED ? null : "register.person.name." + spelling.name();
    }
}
