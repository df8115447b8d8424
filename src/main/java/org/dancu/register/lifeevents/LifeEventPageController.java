package org.dancu.register.lifeevents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.dancu.civil.ProvinceTime;
import org.dancu.locality.Localities;
import org.dancu.register.HouseholdRecords;
import org.dancu.register.HouseholdView;
import org.dancu.register.LifeEventRefusedException;
import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.PersonField;
import org.dancu.register.PersonHistory;
import org.dancu.register.internal.CommuneNames;
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
 * A person's history with the state on a chosen day, the household page, and the form that records
 * a life event (one form, its fields following the chosen type; a refusal comes back on the form
 * with the message beside its field; success redirects to the person).
 */
@Controller
class LifeEventPageController {

    /** The event types recorded on an existing person; a birth or an import registers a new one. */
    static final List<LifeEventType> PERSON_EVENTS = Arrays.stream(LifeEventType.values())
            .filter(type -> type != LifeEventType.BIRTH && type != LifeEventType.REGISTRATION).toList();

    private final LifeEvents lifeEvents;
    private final HouseholdRecords households;
    private final Localities localities;
    private final ProvinceTime time;

    LifeEventPageController(LifeEvents lifeEvents, HouseholdRecords households, Localities localities,
                            ProvinceTime time) {
        this.lifeEvents = lifeEvents;
        this.households = households;
        this.localities = localities;
        this.time = time;
    }

    @GetMapping("/register/persons/{id}/history")
    String history(@PathVariable long id, @RequestParam(required = false) String asOf, HttpServletRequest request,
                   Model model) {
        LocalDate day = time.today();
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                model.addAttribute("dateError", "register.event.error.date");
            }
        }
        PersonHistory history = lifeEvents.history(id, day, request.getRemoteAddr())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("history", history);
        model.addAttribute("state", history.state().orElse(null));
        model.addAttribute("fields", PersonField.values());
        return "register/history";
    }

    @GetMapping("/register/persons/{id}/events/new")
    String form(@PathVariable long id, @RequestParam(defaultValue = "MOVE_WITHIN") LifeEventType type, Model model) {
        if (type == LifeEventType.BIRTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return form(id, type, Map.of(), null, model);
    }

    @PostMapping("/register/persons/{id}/events")
    String record(@PathVariable long id, @RequestParam LifeEventType type, @RequestParam Map<String, String> form,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (type == LifeEventType.BIRTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(form.getOrDefault("effectiveDate", "").strip());
        } catch (DateTimeParseException e) {
            return form(id, type, form, new LifeEventRefusedException("register.event.error.date", "effectiveDate"),
                    model);
        }
        try {
            lifeEvents.record(id, new LifeEventRequest(type, date, form.get("source"), values(type, form),
                            blankToNull(form.get("otherProvince"))), request.getRemoteAddr())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (LifeEventRefusedException e) {
            return form(id, type, form, e, model);
        }
        redirect.addFlashAttribute("success", "register.event.recorded");
        return "redirect:/register/persons/" + id;
    }

    @GetMapping("/register/households")
    String findHousehold(@RequestParam(required = false) Long id) {
        if (id == null || id < 1) {
            return "redirect:/register";
        }
        return "redirect:/register/households/" + id;
    }

    @GetMapping("/register/households/{id}")
    String household(@PathVariable long id, HttpServletRequest request, Model model) {
        HouseholdView household = households.read(id, request.getRemoteAddr())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("household", household);
        model.addAttribute("commune", new CommuneNames(localities).of(household.communeCode()));
        model.addAttribute("mayRecord", lifeEvents.mayRecord());
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", Map.of());
            model.addAttribute("memberErrors", Map.of());
        }
        return "register/household";
    }

    private String form(long id, LifeEventType type, Map<String, String> form, LifeEventRefusedException error,
                        Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("type", type);
        model.addAttribute("types", PERSON_EVENTS);
        model.addAttribute("form", form);
        model.addAttribute("correctable", Arrays.stream(PersonField.values()).filter(PersonField::correctable).toList());
        model.addAttribute("errors", error == null ? Map.of() : error.problems());
        if (error != null && error.field() == null) {
            model.addAttribute("error", error.messageKey());
        }
        return "register/event";
    }

    /** The officer's values under their field names; a correction names its field and gives the value. */
    private static Map<PersonField, String> values(LifeEventType type, Map<String, String> form) {
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        if (type == LifeEventType.CORRECTION) {
            String field = form.getOrDefault("field", "");
            PersonField named = Arrays.stream(PersonField.values()).filter(f -> f.name().equals(field)).findFirst()
                    .orElseThrow(() -> new LifeEventRefusedException("register.event.error.correction-field", "field"));
            values.put(named, form.get("value"));
            return values;
        }
        for (PersonField field : PersonField.values()) {
            String value = blankToNull(form.get(field.name()));
            if (value != null) {
                values.put(field, value);
            }
        }
        return values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
