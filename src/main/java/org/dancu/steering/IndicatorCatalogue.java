package org.dancu.steering;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The indicators the steering committee follows: those every {@link IndicatorSource} declares, each
 * module owning its definitions and their wording. Steering itself defines none, so an indicator
 * of a module that does not exist yet is not in it.
 */
@Component
public class IndicatorCatalogue {

    private final List<IndicatorDefinition> all;

    public IndicatorCatalogue(List<IndicatorSource> sources) {
        List<IndicatorDefinition> definitions = sources.stream().flatMap(s -> s.definitions().stream())
                .sorted(Comparator.comparing(IndicatorDefinition::order)).toList();
        // one definition per code: two modules declaring the same indicator is a programming error
        definitions.stream().collect(Collectors.toMap(IndicatorDefinition::code, Function.identity()));
        this.all = definitions;
    }

    /** Every indicator, in the order the pages list them. */
    public List<IndicatorDefinition> all() {
        return all;
    }

    public Optional<IndicatorDefinition> find(String code) {
        return all.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
