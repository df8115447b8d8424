package org.dancu.exchange.gateway;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dancu.civil.Pin;
import org.dancu.register.RegisteredPerson;
import org.dancu.register.RegisteredPersons;
import org.springframework.stereotype.Component;

/**
 * The gateway's reads of the register by ID: the requests that arrive together are looked up in one
 * query ({@link GroupedCalls}, {@link RegisteredPersons#byPins}).
 */
@Component
class PersonLookups {

    private static final int MAX_BATCH = 256;

    private final GroupedCalls<Pin, Optional<RegisteredPerson>> lookups;

    PersonLookups(RegisteredPersons register) {
        this.lookups = new GroupedCalls<>("exchange-person-lookups", MAX_BATCH, pins -> {
            Map<Pin, RegisteredPerson> found = register.byPins(new HashSet<>(pins)).stream()
                    .collect(Collectors.toMap(RegisteredPerson::pin, Function.identity()));
            return pins.stream().map(pin -> Optional.ofNullable(found.get(pin))).toList();
        });
    }

    Optional<RegisteredPerson> byPin(Pin pin) {
        return lookups.call(pin);
    }

    /** The lookups' thread, started and stopped with the application. */
    GroupedCalls<?, ?> lifecycle() {
        return lookups;
    }
}
