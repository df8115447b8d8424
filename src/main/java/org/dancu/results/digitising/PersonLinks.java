package org.dancu.results.digitising;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dancu.civil.Pin;
import org.dancu.register.PersonClaim;
import org.dancu.register.PersonMatch;
import org.dancu.register.PersonMatching;
import org.dancu.register.RegisteredPersons;
import org.springframework.stereotype.Component;

/**
 * Links the people a digitised record names (a certificate's owners; a birth extract's child and
 * parents) to the population register with {@link PersonMatching}. An ID read or entered is trusted
 * only when the register holds it and the engine links the named person to it; otherwise the record
 * goes to a person. The holders of the result to issue are the linked owners, or the linked child.
 */
@Component
class PersonLinks {

    private final PersonMatching matching;
    private final RegisteredPersons persons;

    PersonLinks(PersonMatching matching, RegisteredPersons persons) {
        this.matching = matching;
        this.persons = persons;
    }

    /** What linking the record's values found: why a person must look, and the holders linked. */
    Linkage link(RecordType type, String communeCode, Map<String, String> values) {
        List<NamedPerson> named = type.persons().stream().map(p -> p.from(values)).filter(NamedPerson::any).toList();
        Set<EntryReason> reasons = EnumSet.noneOf(EntryReason.class);
        List<Pin> holders = new ArrayList<>();
        boolean holderUnlinked = false;
        List<PersonMatch> matches = matching.match(named.stream().map(p -> PersonClaim.fromText(p.id(), null,
                p.name(), p.birthDate(), p.sex(), communeCode, null)).toList());
        for (int i = 0; i < named.size(); i++) {
            NamedPerson person = named.get(i);
            Optional<Pin> idHeld = person.id().isEmpty() ? Optional.empty()
                    : Pin.parse(person.id()).toOptional().filter(pin -> persons.byPin(pin).isPresent());
            if (!person.id().isEmpty() && idHeld.isEmpty()) {
                reasons.add(EntryReason.UNKNOWN_ID);
                holderUnlinked |= person.holder();
                continue;
            }
            if (matches.get(i) instanceof PersonMatch.Linked linked && linked.person().pin() != null
                    && idHeld.map(pin -> pin.equals(linked.person().pin())).orElse(true)) {
                if (person.holder()) {
                    holders.add(linked.person().pin());
                }
            } else if (person.holder() || matches.get(i) instanceof PersonMatch.ToReview) {
                reasons.add(EntryReason.LINKAGE_TO_REVIEW);
                holderUnlinked |= person.holder();
            }
        }
        return new Linkage(reasons, holders, holderUnlinked);
    }

    /**
     * What linking found.
     *
     * @param reasons        unknown IDs, people to review (a parent's possible match among them)
     * @param holders        the linked holders' IDs, in the record's order
     * @param holderUnlinked whether a holder the record names is not linked (or names an ID not in the register)
     */
    record Linkage(Set<EntryReason> reasons, List<Pin> holders, boolean holderUnlinked) {

        /**
         * Can the record be issued to its holders as it stands? Every ID it names is in the register and
         * every holder is linked; a parent the engine is unsure of does not hold it back.
         */
        boolean settles() {
            return !reasons.contains(EntryReason.UNKNOWN_ID) && !holderUnlinked && !holders.isEmpty();
        }
    }

    /** One person a record names, as its fields give them; blank where the form has no such field. */
    record NamedPerson(boolean holder, String id, String name, String birthDate, String sex) {

        boolean any() {
            return !(id.isEmpty() && name.isEmpty());
        }
    }
}
