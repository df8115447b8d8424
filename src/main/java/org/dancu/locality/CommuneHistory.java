package org.dancu.locality;

import java.time.LocalDate;
import java.util.Optional;

import org.dancu.locality.internal.BundledCommuneHistory;

/**
 * What a commune code meant at a time and which current commune it stands for: the part of
 * {@link Localities} that also works without a database, read from the reference data bundled in
 * the jar ({@link #bundled()}), for the command line.
 */
public interface CommuneHistory {

    /** The first day of the two-level hierarchy. */
    LocalDate REFORM_2025 = LocalDate.of(2025, 7, 1);

    /**
     * The unit that carried the code on the given date, with its current successors; empty when no
     * unit carried the code on that date (for example a district code after the 2025 reform).
     */
    Optional<Resolution> resolve(String code, LocalDate asOf);

    /**
     * The current commune a commune code stands for on a date, the one rule for every module. The
     * code means the commune that carried it on that date; a code no commune carried then means the
     * commune that carried it last (an old code on a later record, a new code on an earlier one).
     * Then: a current commune is its own answer; an old commune that went whole into one current
     * commune answers that one; a split old commune answers its candidates; anything else is unknown.
     * A code reused by the 2025 reform therefore means the old commune before 1 July 2025 and the
     * current one from then on.
     */
    CurrentCommune currentCommune(String code, LocalDate on);

    /**
     * The commune of the pre-2025 hierarchy that carried the code, with its current successors; empty
     * when no old commune did. The reform gave most new communes the code of one of the communes
     * they were formed from, so the code of a current commune also names that old commune here: the
     * two are different units that share a code, and a record carrying the code belongs to both, the
     * old one in the pre-2025 view and the current one today.
     */
    default Optional<Resolution> formerCommune(String code) {
        return resolve(code, REFORM_2025.minusDays(1)).filter(r -> r.unit().level() == UnitLevel.COMMUNE);
    }

    /** The bundled reference data in memory, with the same derived mapping the server loads. */
    static CommuneHistory bundled() {
        return BundledCommuneHistory.load();
    }
}
