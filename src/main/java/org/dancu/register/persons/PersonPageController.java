package org.dancu.register.persons;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.civil.Ethnicity;
import org.dancu.civil.PersonName;
import org.dancu.locality.Localities;
import org.dancu.register.LifeEvents;
import org.dancu.register.PersonProfile;
import org.dancu.register.PersonRecords;
import org.dancu.register.internal.CommuneNames;
import org.dancu.security.CurrentStaff;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The register's person page. A profile shows the PIN in full, and the phone number and e-mail
 * address at all, only to the roles that
 * {@linkplain org.dancu.security.Role#keepsPopulationData() keep population data}.
 */
@Controller
class PersonPageController {

    private final PersonRecords records;
    private final Localities localities;
    private final CurrentStaff currentStaff;
    private final LifeEvents lifeEvents;

    PersonPageController(PersonRecords records, Localities localities, CurrentStaff currentStaff,
                         LifeEvents lifeEvents) {
        this.records = records;
        this.localities = localities;
        this.currentStaff = currentStaff;
        this.lifeEvents = lifeEvents;
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
