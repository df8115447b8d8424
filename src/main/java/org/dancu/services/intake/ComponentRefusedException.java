package org.dancu.services.intake;

import org.dancu.services.DossierComponent;
import org.dancu.services.DossierRefusedException;

/** A component whose value cannot be taken (an ID that is none, a day that is none): named in the reader's language. */
class ComponentRefusedException extends DossierRefusedException {

    private final DossierComponent component;

    ComponentRefusedException(String messageKey, DossierComponent component) {
        super(messageKey, component.key());
        this.component = component;
    }

    DossierComponent component() {
        return component;
    }
}
