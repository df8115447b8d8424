package org.dancu.services.effects;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dancu.civil.Pin;
import org.dancu.civil.Sex;
import org.dancu.national.NationalDatabase;
import org.dancu.national.NationalField;
import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.PersonField;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.services.DossierRefusedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The civil-status legs' changes to the register: a birth becomes a person holding the personal ID
 * the national database assigns, a death is recorded (the register publishes {@code PersonDied}).
 */
@Component
class CivilStatus {

    private final LifeEvents lifeEvents;
    private final RegisteredPersons persons;
    private final ObjectProvider<NationalDatabase> national;

    CivilStatus(LifeEvents lifeEvents, RegisteredPersons persons, ObjectProvider<NationalDatabase> national) {
        this.lifeEvents = lifeEvents;
        this.persons = persons;
        this.national = national;
    }

    /**
     * Registers the newborn: full name, sex, birth day and ethnicity from the result's fields, the
     * permanent residence the applicant's unless the fields give another, the parents by the IDs
     * declared, else the applicant as mother or father by sex.
     */
    Birth registerBirth(LegFacts facts) {
        NationalDatabase nation = national.getIfAvailable();
        if (nation == null) {
            throw new DossierRefusedException("services.bundle.error.no-national");
        }
        RegisteredPerson applicant = known(facts.dossier().applicant());
        List<String> words = List.of(facts.required("child-name").split("\\s+"));
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        values.put(PersonField.FAMILY_NAME, words.size() > 1 ? words.get(0) : null);
        values.put(PersonField.MIDDLE_NAME, words.size() > 2 ? String.join(" ", words.subList(1, words.size() - 1)) : null);
        values.put(PersonField.GIVEN_NAME, words.get(words.size() - 1));
        values.put(PersonField.SEX, facts.required("child-sex"));
        values.put(PersonField.ETHNICITY, facts.field("child-ethnicity"));
        values.put(PersonField.COMMUNE_CODE,
                Objects.requireNonNullElse(facts.field("residence-commune"), applicant.communeCode()));
        values.put(PersonField.ADDRESS,
                Objects.requireNonNullElse(facts.field("residence-address"), applicant.address()));
        values.put(PersonField.BIRTH_REGISTRATION_PLACE, facts.dossier().communeCode());
        parent(values, facts.field("mother-pin"), applicant, Sex.FEMALE, PersonField.MOTHER_PIN, PersonField.MOTHER_NAME);
        parent(values, facts.field("father-pin"), applicant, Sex.MALE, PersonField.FATHER_PIN, PersonField.FATHER_NAME);
        LifeEventRequest birth = new LifeEventRequest(LifeEventType.BIRTH, facts.day("child-birth-date"),
                facts.source(), values, null);
        long personId = lifeEvents.registerBirth(birth, checked -> assign(nation, facts.requestKey(), checked), null);
        return new Birth(persons.byId(personId).orElseThrow(), values.get(PersonField.MOTHER_NAME),
                values.get(PersonField.FATHER_NAME));
    }

    /** The parent the declared ID names (who must be in the register), else the applicant when of that sex. */
    private void parent(Map<PersonField, String> values, String declaredPin, RegisteredPerson applicant, Sex sex,
                        PersonField pinField, PersonField nameField) {
        RegisteredPerson parent = declaredPin != null
                ? known(Pin.parse(declaredPin).toOptional()
                        .orElseThrow(() -> new DossierRefusedException("services.bundle.error.unknown-person")))
                : applicant.sex() == sex ? applicant : null;
        if (parent != null) {
            values.put(pinField, parent.pin().value());
            values.put(nameField, parent.name().fullName());
        }
    }

    /** The registered child, and the parents' names as the birth recorded them (null when not known). */
    record Birth(RegisteredPerson child, String motherName, String fatherName) {
    }

    private static Pin assign(NationalDatabase nation, String requestKey, LifeEventRequest birth) {
        Map<NationalField, String> newborn = new EnumMap<>(NationalField.class);
        newborn.put(NationalField.FULL_NAME, Stream.of(PersonField.FAMILY_NAME, PersonField.MIDDLE_NAME,
                PersonField.GIVEN_NAME).map(birth::value).filter(Objects::nonNull).collect(Collectors.joining(" ")));
        newborn.put(NationalField.BIRTH_DATE, birth.effectiveDate().toString());
        newborn.put(NationalField.SEX, birth.value(PersonField.SEX));
        newborn.put(NationalField.COMMUNE_CODE, birth.value(PersonField.COMMUNE_CODE));
        newborn.put(NationalField.ADDRESS, birth.value(PersonField.ADDRESS));
        try {
            return nation.assignPin(requestKey, newborn);
        } catch (IllegalArgumentException e) {
            throw new DossierRefusedException("services.bundle.refused.national-values");
        }
    }

    /** Records the subject's death on the day the result's fields give; answers the person as before it. */
    RegisteredPerson recordDeath(LegFacts facts) {
        RegisteredPerson deceased = known(facts.subject());
        LifeEventRequest death = new LifeEventRequest(LifeEventType.DEATH, facts.day("death-date"), facts.source(),
                Map.of(), null);
        lifeEvents.record(deceased.personId(), death, null)
                .orElseThrow(() -> new DossierRefusedException("services.bundle.error.unknown-person"));
        return deceased;
    }

    RegisteredPerson known(Pin pin) {
        return persons.byPin(pin)
                .orElseThrow(() -> new DossierRefusedException("services.bundle.error.unknown-person"));
    }
}
