package org.dancu.register.persons;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.register.HouseholdRecords;
import org.dancu.register.HouseholdView;
import org.dancu.register.InvalidSearchException;
import org.dancu.register.LifeEventRefusedException;
import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.PersonContacts;
import org.dancu.register.PersonCriteria;
import org.dancu.register.PersonField;
import org.dancu.register.PersonProfile;
import org.dancu.register.PersonRecords;
import org.dancu.register.PersonSearch;
import org.dancu.register.PersonSummary;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms officers asked for beside the life-event form: add one person, change a phone number or
 * e-mail address, found a household and add members to it. Each goes through the register's write
 * paths ({@link LifeEvents}, {@link PersonContacts}), which check every value by the import's rules,
 * keep the scope in the SQL of every target and write the ledger. Communes, ethnicities, sexes and
 * relations are chosen by name; a refusal comes back on the form with what was typed and the reason
 * beside each field.
 */
@Controller
class PersonFormsController {

    /** The person fields the add-a-person form gives, under their {@link PersonField} names. */
    private static final List<PersonField> PERSON_FIELDS = List.of(PersonField.FAMILY_NAME, PersonField.MIDDLE_NAME,
            PersonField.GIVEN_NAME, PersonField.BIRTH_DATE, PersonField.SEX, PersonField.ETHNICITY,
            PersonField.COMMUNE_CODE, PersonField.ADDRESS);
    private static final List<String> SEXES = List.of("M", "F", "U");
    private static final List<String> RELATIONS = List.of("SPOUSE", "CHILD", "PARENT");
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final LifeEvents lifeEvents;
    private final PersonContacts contacts;
    private final PersonRecords records;
    private final PersonSearch search;
    private final HouseholdRecords households;
    private final FormChoices choices;
    private final MessageSource messages;

    PersonFormsController(LifeEvents lifeEvents, PersonContacts contacts, PersonRecords records, PersonSearch search,
                          HouseholdRecords households, FormChoices choices, MessageSource messages) {
        this.lifeEvents = lifeEvents;
        this.contacts = contacts;
        this.records = records;
        this.search = search;
        this.households = households;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping("/register/persons/new")
    String newPerson(Locale locale, Model model) {
        requireRecorder();
        return personForm(Map.of(), Map.of(), locale, model);
    }

    @PostMapping("/register/persons")
    String addPerson(@RequestParam Map<String, String> form, HttpServletRequest request, Locale locale, Model model,
                     RedirectAttributes redirect) {
        requireRecorder();
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        PERSON_FIELDS.forEach(field -> values.put(field, form.get(field.name())));
        try {
            long id = lifeEvents.registerPerson(form.get("PIN"), new LifeEventRequest(LifeEventType.REGISTRATION,
                    LocalDate.now(ZONE), form.get("source"), values, null), request.getRemoteAddr());
            redirect.addFlashAttribute("success", "register.person.added");
            return "redirect:/register/persons/" + id;
        } catch (LifeEventRefusedException e) {
            return personForm(form, errors(e), locale, model);
        }
    }

    private String personForm(Map<String, String> form, Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("communes", choices.communes());
        model.addAttribute("ethnicities", choices.ethnicities());
        model.addAttribute("sexes", SEXES.stream()
                .map(code -> new FormChoices.Choice(code, messages.getMessage("register.sex." + code, null, locale)))
                .toList());
        return "register/person-new";
    }

    @GetMapping("/register/persons/{id}/contact")
    String contactForm(@PathVariable long id, HttpServletRequest request, Model model) {
        requireRecorder();
        PersonProfile person = profile(id, request);
        Map<String, String> form = new HashMap<>();
        form.put("phone", person.phone());
        form.put("email", person.email());
        return contactForm(person, form, Map.of(), model);
    }

    @PostMapping("/register/persons/{id}/contact")
    String changeContact(@PathVariable long id, @RequestParam Map<String, String> form, HttpServletRequest request,
                         Model model, RedirectAttributes redirect) {
        requireRecorder();
        try {
            if (!contacts.change(id, form.get("phone"), form.get("email"), request.getRemoteAddr())) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        } catch (LifeEventRefusedException e) {
            return contactForm(profile(id, request), form, errors(e), model);
        }
        redirect.addFlashAttribute("success", "register.contact.changed");
        return "redirect:/register/persons/" + id;
    }

    private String contactForm(PersonProfile person, Map<String, String> form, Map<String, String> errors,
                               Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "register/contact";
    }

    @GetMapping("/register/persons/{id}/household/new")
    String householdForm(@PathVariable long id, HttpServletRequest request, Model model) {
        requireRecorder();
        PersonProfile person = profile(id, request);
        Map<String, String> form = new HashMap<>();
        form.put(PersonField.COMMUNE_CODE.name(), person.currentCommuneCode());
        form.put(PersonField.ADDRESS.name(), person.address());
        return householdForm(person, form, Map.of(), model);
    }

    @PostMapping("/register/persons/{id}/household")
    String foundHousehold(@PathVariable long id, @RequestParam Map<String, String> form, HttpServletRequest request,
                          Model model) {
        requireRecorder();
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        values.put(PersonField.COMMUNE_CODE, form.get(PersonField.COMMUNE_CODE.name()));
        values.put(PersonField.ADDRESS, form.get(PersonField.ADDRESS.name()));
        try {
            long household = lifeEvents.foundHousehold(id, new LifeEventRequest(LifeEventType.MOVE_WITHIN,
                            effectiveDate(form), form.get("source"), values, null), request.getRemoteAddr())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            return "redirect:/register/households/" + household;
        } catch (LifeEventRefusedException e) {
            return householdForm(profile(id, request), form, errors(e), model);
        }
    }

    private String householdForm(PersonProfile person, Map<String, String> form, Map<String, String> errors,
                                 Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("communes", choices.communes());
        return "register/household-new";
    }

    /** A member joins by a move within to the household's commune and address, naming the household. */
    @PostMapping("/register/households/{id}/members")
    String addMember(@PathVariable long id, @RequestParam Map<String, String> form, HttpServletRequest request,
                     RedirectAttributes redirect) {
        requireRecorder();
        HouseholdView household = households.read(id, request.getRemoteAddr())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            long member = member(form.get("PIN"), request);
            Map<PersonField, String> values = new EnumMap<>(PersonField.class);
            values.put(PersonField.COMMUNE_CODE, household.communeCode());
            values.put(PersonField.ADDRESS, household.address());
            values.put(PersonField.HOUSEHOLD_ID, String.valueOf(id));
            values.put(PersonField.RELATION_TO_HEAD, RELATIONS.contains(form.get("relation")) ? form.get("relation") : null);
            lifeEvents.record(member, new LifeEventRequest(LifeEventType.MOVE_WITHIN, effectiveDate(form),
                            form.get("source"), values, null), request.getRemoteAddr())
                    .orElseThrow(() -> new LifeEventRefusedException("register.household.error.member-unknown", "PIN"));
            redirect.addFlashAttribute("success", "register.household.member-added");
        } catch (LifeEventRefusedException e) {
            redirect.addFlashAttribute("memberForm", form);
            redirect.addFlashAttribute("memberErrors", errors(e));
        }
        return "redirect:/register/households/" + id;
    }

    /** The person in scope with that ID (the lookup is audited as a search), or a refusal beside the field. */
    private long member(String pin, HttpServletRequest request) {
        try {
            List<PersonSummary> found = search.search(PersonCriteria.byPin(pin == null ? "" : pin),
                    request.getRemoteAddr()).rows();
            if (found.isEmpty()) {
                throw new LifeEventRefusedException("register.household.error.member-unknown", "PIN");
            }
            return found.get(0).personId();
        } catch (InvalidSearchException e) {
            throw new LifeEventRefusedException(e.messageKey(), "PIN");
        }
    }

    /** Each field's reason; a refusal of the whole form under {@code form}, shown above it. */
    private static Map<String, String> errors(LifeEventRefusedException e) {
        return e.problems().isEmpty() ? Map.of("form", e.messageKey()) : e.problems();
    }

    private PersonProfile profile(long id, HttpServletRequest request) {
        return records.read(id, request.getRemoteAddr())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The day typed in the form's date field; a wrong one is the field's problem. */
    private static LocalDate effectiveDate(Map<String, String> form) {
        try {
            return LocalDate.parse(form.getOrDefault("effectiveDate", "").strip());
        } catch (DateTimeParseException e) {
            throw new LifeEventRefusedException("register.event.error.date", "effectiveDate");
        }
    }

    private void requireRecorder() {
        if (!lifeEvents.mayRecord()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
