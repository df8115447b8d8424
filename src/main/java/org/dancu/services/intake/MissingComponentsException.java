package org.dancu.services.intake;

import java.util.List;

import org.dancu.services.DossierComponent;
import org.dancu.services.DossierRefusedException;

/** A dossier without components its procedure requires: refused with the list, in the reader's language. */
class MissingComponentsException extends DossierRefusedException {

    static final String KEY = "services.intake.refused.missing";

    private final List<DossierComponent> missing;

    MissingComponentsException(List<DossierComponent> missing) {
        super(KEY, String.join(", ", missing.stream().map(DossierComponent::key).toList()));
        this.missing = List.copyOf(missing);
    }

    List<DossierComponent> missing() {
        return missing;
    }
}
