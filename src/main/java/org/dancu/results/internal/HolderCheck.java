package org.dancu.results.internal;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.results.ResultRefusedException;
import org.springframework.stereotype.Component;

/**
 * Checks results' holders against the population register, every request of a batch in one reading: at least one,
 * none twice, each an ID the register holds. Answers for each request the commune the first holder lives in, which
 * scopes a result without a parcel, and the holders' names the offline QR shows.
 */
@Component
public class HolderCheck {

    /** What the register says of one request's holders. */
    public record Holders(String communeCode, Map<Pin, PersonName> names) {
    }

    private final RegisteredPersons persons;

    HolderCheck(RegisteredPersons persons) {
        this.persons = persons;
    }

    /**
     * Each request's holders, checked.
     *
     * @throws ResultRefusedException naming the first holder (by position, from 1) the register does not hold
     */
    public List<Holders> check(List<List<Pin>> requests) {
        Set<Pin> all = new LinkedHashSet<>();
        for (List<Pin> holders : requests) {
            if (holders.isEmpty()) {
                throw new ResultRefusedException("results.error.holders.none");
            }
            if (new HashSet<>(holders).size() != holders.size()) {
                throw new ResultRefusedException("results.error.holders.twice");
            }
            all.addAll(holders);
        }
        Map<Pin, RegisteredPerson> found = persons.byPins(all).stream()
                .collect(Collectors.toMap(RegisteredPerson::pin, Function.identity(), (a, b) -> a));
        return requests.stream().map(holders -> checked(holders, found)).toList();
    }

    private static Holders checked(List<Pin> holders, Map<Pin, RegisteredPerson> found) {
        for (int i = 0; i < holders.size(); i++) {
            if (!found.containsKey(holders.get(i))) {
                throw new ResultRefusedException("results.error.holders.unknown", i + 1, holders.get(i).masked());
            }
        }
        RegisteredPerson first = found.get(holders.get(0));
        return new Holders(first.currentCommuneCode() != null ? first.currentCommuneCode() : first.communeCode(),
                holders.stream().collect(Collectors.toMap(Function.identity(), pin -> found.get(pin).name())));
    }
}
