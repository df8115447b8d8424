package org.dancu.steering.dashboard;

import org.dancu.steering.IndicatorCatalogue;
import org.dancu.steering.IndicatorDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The indicator a page asks for by its code: the catalogue's first when none is given, 404 for a code it lacks. */
public final class IndicatorChoice {

    private IndicatorChoice() {
    }

    public static IndicatorDefinition of(IndicatorCatalogue catalogue, String code) {
        if (code == null || code.isBlank()) {
            return catalogue.all().get(0);
        }
        return catalogue.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
