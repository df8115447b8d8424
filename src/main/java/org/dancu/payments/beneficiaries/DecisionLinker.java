package org.dancu.payments.beneficiaries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dancu.civil.Pin;
import org.dancu.register.PersonClaim;
import org.dancu.register.PersonMatch;
import org.dancu.register.PersonMatching;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.springframework.stereotype.Component;

/**
 * Finds the register person each decision's line names: by its ID when the register holds it, otherwise (the
 * ID missing or wrong) through the linkage engine, which links, proposes candidates for review, or finds
 * nobody. One query for the IDs and one engine call for the rest, however many lines.
 */
@Component
class DecisionLinker {

    /** What the register says of one line. */
    sealed interface Link {
        /** The line names this person. */
        record Person(RegisteredPerson person) implements Link {
        }

        /** An officer must pick among these. */
        record Review(List<PersonMatch.Candidate> candidates) implements Link {
        }

        /** Nobody in the register is likely enough. */
        record NotFound() implements Link {
        }
    }

    private final RegisteredPersons persons;
    private final PersonMatching matching;

    DecisionLinker(RegisteredPersons persons, PersonMatching matching) {
        this.persons = persons;
        this.matching = matching;
    }

    /** Each line's link, in the lines' order. */
    List<Link> link(List<DecisionLine> lines) {
        List<Pin> pins = lines.stream().map(line -> Pin.parse(line.claimedPin()).toOptional())
                .flatMap(Optional::stream).toList();
        Map<Pin, RegisteredPerson> byPin = persons.byPins(pins).stream()
                .collect(Collectors.toMap(RegisteredPerson::pin, Function.identity(), (a, b) -> a));
        List<Link> links = new ArrayList<>(lines.size());
        List<Integer> unlinked = new ArrayList<>();
        for (DecisionLine line : lines) {
            RegisteredPerson person = Pin.parse(line.claimedPin()).toOptional().map(byPin::get).orElse(null);
            if (person == null) {
                unlinked.add(links.size());
            }
            links.add(person == null ? null : new Link.Person(person));
        }
        if (!unlinked.isEmpty()) {
            List<PersonClaim> claims = unlinked.stream().map(i -> lines.get(i).claim()).toList();
            List<PersonMatch> matches = matching.match(claims);
            for (int i = 0; i < unlinked.size(); i++) {
                links.set(unlinked.get(i), link(matches.get(i)));
            }
        }
        return links;
    }

    private Link link(PersonMatch match) {
        if (match instanceof PersonMatch.Linked linked) {
            return persons.byId(linked.person().personId()).<Link>map(Link.Person::new).orElseGet(Link.NotFound::new);
        }
        if (match instanceof PersonMatch.ToReview review) {
            return new Link.Review(review.candidates());
        }
        return new Link.NotFound();
    }
}
