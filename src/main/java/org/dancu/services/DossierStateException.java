package org.dancu.services;

/**
 * A transition asked of a dossier or leg that is not in the state for it: a refusal like any other
 * ({@link DossierRefusedException#messageKey()} names it in the module's bundle); nothing changed.
 */
public class DossierStateException extends DossierRefusedException {

    public DossierStateException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
