package org.dancu.exchange.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.dancu.register.RegisteredPerson;
import org.dancu.exchange.partners.Attribute;

/**
 * Compares what a partner holds with the register, attribute by attribute. An unknown ID gives the
 * same all-{@code NO_MATCH} answer as a known one with wrong values, so the answer never reveals
 * whether a person exists.
 */
public final class Verifier {

    public enum Result { MATCH, NO_MATCH }

    private Verifier() {
    }

    /** @param claimed attribute to the partner's value, in the partner's order */
    public static Map<Attribute, Result> compare(Optional<RegisteredPerson> person, Map<Attribute, String> claimed) {
        Map<Attribute, Result> results = new LinkedHashMap<>();
        claimed.forEach((attribute, value) -> results.put(attribute,
                person.isPresent() && attribute.matches(person.get(), value) ? Result.MATCH : Result.NO_MATCH));
        return results;
    }
}
