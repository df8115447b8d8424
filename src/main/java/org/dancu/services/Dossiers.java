package org.dancu.services;

import java.util.List;
import java.util.Optional;
import org.dancu.civil.Pin;

/** The dossiers: filed through the intake channels, read by pages, rated by applicants. */
public interface Dossiers {

    /**
     * Files a checked dossier and starts its workflow; a resend with the same idempotency key
     * returns the first dossier's code and files nothing.
     *
     * @throws DossierRefusedException when it cannot be filed; nothing changed
     */
    DossierCode file(NewDossier dossier);

    Optional<DossierView> find(DossierCode code);

    /** The applicant's dossiers, newest first. */
    List<DossierView> ofApplicant(Pin applicant);

    /**
     * The applicant rates the handling (1–5) once the dossier has ended.
     *
     * @throws DossierStateException when it has not ended, is already rated or is not the applicant's
     */
    void rate(DossierCode code, Pin applicant, int stars);
}
