package org.dancu.services;

import java.util.List;
import java.util.Map;

/**
 * What the signed-in officer does to a leg. Each call checks that the leg's current step is the
 * officer's to handle (their role, agency and scope) and is audited.
 *
 * @see DossierStateException thrown from a transition the leg is not in the state for; nothing changed
 * @see DossierRefusedException thrown when the officer may not act on it; nothing changed
 */
public interface DossierWork {

    /** Completes the current step with the fields of its result; the last step completes the leg. */
    void complete(DossierCode code, String legKey, Map<String, String> resultFields);

    void refuse(DossierCode code, String legKey, String reason);

    /** Stops the leg's clock and tells the applicant what is missing and by when. */
    void suspend(DossierCode code, String legKey, List<String> missingComponentKeys, String note);

    void resume(DossierCode code, String legKey);

    /** Extends the leg's time limit by working days, telling the applicant why. */
    void extend(DossierCode code, String legKey, int workingDays, String reason);

    /** Assigns the leg to another officer who may handle its current step (null: back to the common queue). */
    void reassign(DossierCode code, String legKey, String username);
}
