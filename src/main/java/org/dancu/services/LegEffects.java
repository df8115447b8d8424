package org.dancu.services;

import java.util.Map;
import org.dancu.civil.Pin;
import org.dancu.results.ResultCode;

/**
 * What completing a leg does beyond the dossier, inside the same transaction so nothing is half
 * done: a birth becomes a person with a personal ID, a death is recorded, residence removed, and
 * the leg's result issued into the results register.
 */
public interface LegEffects {

    /** @throws DossierRefusedException when the register or the results register refuses; nothing changed */
    Effect apply(DossierView dossier, LegView leg, Map<String, String> resultFields, String officer);

    /**
     * @param newPerson the personal ID a birth leg gave the child, else null
     * @param result    the result the leg issued, else null
     */
    record Effect(Pin newPerson, ResultCode result) {
    }
}
