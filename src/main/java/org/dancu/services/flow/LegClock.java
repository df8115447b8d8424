package org.dancu.services.flow;

import java.util.Date;

import org.dancu.services.DossierCode;
import org.dancu.services.Handler;
import org.dancu.services.LegStatus;
import org.springframework.stereotype.Component;

/**
 * What the processes in {@code src/main/resources/processes} ask of a dossier while they run (bean
 * {@code legClock} in their expressions): the leg's deadline and time to complete for its timers, the
 * candidate group of its current step, and whether the bundle's other legs started. The dossier
 * aggregate is the one place these are kept; the processes only read them.
 */
@Component("legClock")
class LegClock {

    /** The candidate group of the commune's officers; an agency's is {@code agency:<code>}. */
    static final String COMMUNE_GROUP = "commune";

    private final DossierRepository dossiers;

    LegClock(DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    /** The leg's legal deadline: the date of its "Legal deadline" timer. */
    public Date due(String dossierCode, String legKey) {
        return Date.from(leg(dossierCode, legKey).due);
    }

    /** The day the applicant's time to supply missing items runs out: the date of "Time to complete". */
    public Date completeBy(String dossierCode, String legKey) {
        return Date.from(leg(dossierCode, legKey).completeBy);
    }

    /** The candidate group of the handlers of the leg's current step. */
    public String group(String dossierCode, String legKey) {
        return group(leg(dossierCode, legKey).handler());
    }

    /** Did the bundle's civil-status leg complete, so the other legs started? */
    public boolean startedFollowing(String dossierCode) {
        return dossier(dossierCode).legs().stream().filter(l -> l.first)
                .allMatch(l -> l.status == LegStatus.COMPLETED);
    }

    static String group(Handler handler) {
        return handler.kind() == Handler.Kind.COMMUNE ? COMMUNE_GROUP : "agency:" + handler.agencyCode();
    }

    private Leg leg(String dossierCode, String legKey) {
        return dossier(dossierCode).leg(legKey);
    }

    private Dossier dossier(String dossierCode) {
        return dossiers.find(new DossierCode(dossierCode))
                .orElseThrow(() -> new IllegalStateException("a process runs for a dossier that is not stored"));
    }
}
