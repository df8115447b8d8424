package org.dancu.results.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dancu.civil.Pin;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.dancu.results.ResultRefusedException;
import org.springframework.stereotype.Component;

/**
 * Checks a result's holders against the population register: at least one, none twice, each an ID
 * the register holds. Answers the commune the first holder lives in, which scopes a result without
 * a parcel.
 */
@Component
public class HolderCheck {

    private final RegisteredPersons persons;

    HolderCheck(RegisteredPersons persons) {
        this.persons = persons;
    }

    /**
     * The commune of the first holder's permanent residence (current hierarchy where known).
     *
     * @throws ResultRefusedException naming the first holder (by position, from 1) the register does not hold
     */
    public String check(List<Pin> holders) {
        if (holders.isEmpty()) {
            throw new ResultRefusedException("results.error.holders.none");
        }
        if (new HashSet<>(holders).size() != holders.size()) {
            throw new ResultRefusedException("results.error.holders.twice");
        }
        Map<Pin, RegisteredPerson> found = persons.byPins(holders).stream()
                .collect(Collectors.toMap(RegisteredPerson::pin, Function.identity(), (a, b) -> a));
        for (int i = 0; i < holders.size(); i++) {
            if (!found.containsKey(holders.get(i))) {
                throw new ResultRefusedException("results.error.holders.unknown", i + 1, holders.get(i).masked());
            }
        }
        RegisteredPerson first = found.get(holders.get(0));
        return first.currentCommuneCode() != null ? first.currentCommuneCode() : first.communeCode();
    }
}
