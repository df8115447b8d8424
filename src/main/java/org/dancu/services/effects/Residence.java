package org.dancu.services.effects;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.dancu.register.LifeEventRequest;
import org.dancu.register.LifeEventType;
import org.dancu.register.LifeEvents;
import org.dancu.register.PersonField;
import org.dancu.register.PersonProfile;
import org.dancu.register.PersonRecords;
import org.dancu.register.RegisteredPerson;
import org.dancu.services.DossierRefusedException;
import org.springframework.stereotype.Component;

/**
 * The residence legs' changes to the register: a newborn's permanent residence in the applicant's
 * household, anyone else's at the address the result gives; a deceased person's residence removal.
 */
@Component
class Residence {

    /** The applicant's relations to the head under which the newborn is the head's child. */
    private static final Set<String> PARENTS_OF_HEADS_CHILD = Set.of("HEAD", "SPOUSE");

    private final LifeEvents lifeEvents;
    private final PersonRecords records;

    Residence(LifeEvents lifeEvents, PersonRecords records) {
        this.lifeEvents = lifeEvents;
        this.records = records;
    }

    /**
     * The newborn joins the applicant's household at its address, as the head's child when the
     * applicant heads it or is the head's spouse (else in the relation the result's fields give); an
     * applicant without a household is made the head of one at their permanent residence first.
     */
    void joinApplicantsHousehold(LegFacts facts, RegisteredPerson child, RegisteredPerson applicant, LocalDate on) {
        PersonProfile parent = records.read(applicant.personId(), null)
                .orElseThrow(() -> new DossierRefusedException("services.bundle.error.unknown-person"));
        Long household = parent.householdId();
        String relation = parent.relationToHead() != null && PARENTS_OF_HEADS_CHILD.contains(parent.relationToHead())
                ? "CHILD" : null;
        if (household == null) {
            household = lifeEvents.foundHousehold(parent.personId(), move(facts, on, parent.communeCode(),
                    parent.address(), Map.of()), null).orElseThrow();
            relation = "CHILD";
        }
        Map<PersonField, String> joining = new EnumMap<>(PersonField.class);
        joining.put(PersonField.HOUSEHOLD_ID, household.toString());
        joining.put(PersonField.RELATION_TO_HEAD, Objects.requireNonNullElseGet(relation,
                () -> facts.required("relation-to-head")));
        record(child, move(facts, on, parent.communeCode(), parent.address(), joining));
    }

    /** The person's permanent residence moves to the commune and address of the result's fields. */
    void moveTo(LegFacts facts, RegisteredPerson person, LocalDate on) {
        String commune = Objects.requireNonNullElse(facts.field("residence-commune"), facts.dossier().communeCode());
        LifeEventRequest move = move(facts, on, commune, facts.required("residence-address"), Map.of());
        record(person, person.resident() ? move
                : new LifeEventRequest(LifeEventType.MOVE_IN, on, move.source(), move.values(), null));
    }

    /**
     * A deceased person's permanent residence is removed. The register has no event for it: a
     * recorded death already takes the person out of the residents it counts; the leg only requires
     * the death to be recorded.
     */
    void requireDeathRecorded(RegisteredPerson person) {
        if (person.alive()) {
            throw new DossierRefusedException("services.bundle.error.death-not-recorded");
        }
    }

    private void record(RegisteredPerson person, LifeEventRequest move) {
        lifeEvents.record(person.personId(), move, null)
                .orElseThrow(() -> new DossierRefusedException("services.bundle.error.unknown-person"));
    }

    private static LifeEventRequest move(LegFacts facts, LocalDate on, String commune, String address,
                                         Map<PersonField, String> more) {
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        values.put(PersonField.COMMUNE_CODE, commune);
        values.put(PersonField.ADDRESS, address);
        values.putAll(more);
        return new LifeEventRequest(LifeEventType.MOVE_WITHIN, on, facts.source(), values, null);
    }
}
