package org.dancu.services.intake;

import java.util.Locale;

import org.dancu.services.DossierStatus;
import org.dancu.services.DossierView;
import org.dancu.services.LegView;
import org.dancu.services.Procedure;

/** A dossier as its applicant reads it: the case as one, with the procedure's and each leg's names. */
record CaseView(DossierView dossier, Procedure procedure) {

    public String name(Locale locale) {
        return english(locale) ? procedure.nameEn() : procedure.nameVi();
    }

    public String legName(LegView leg, Locale locale) {
        return procedure.legs().stream().filter(l -> l.key().equals(leg.key())).findFirst()
                .map(l -> english(locale) ? l.nameEn() : l.nameVi()).orElse(leg.key());
    }

    /** The applicant may rate it: it ended and is not rated yet. */
    public boolean rateable() {
        DossierStatus status = dossier.status();
        return dossier.rating() == null && status != DossierStatus.IN_PROGRESS && status != DossierStatus.SUSPENDED;
    }

    public boolean bundle() {
        return procedure.legs().size() > 1;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

}
