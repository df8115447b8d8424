package org.dancu.locality;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Looks up administrative units of both hierarchies: the three-level one (province → district →
 * commune) valid until 30 June 2025 and the two-level one (province → commune) valid since 1 July
 * 2025. Every method that takes a code accepts old and new codes alike.
 */
public interface Localities extends CommuneHistory {

    /**
     * The unit a code names — the current unit with that code if there is one, otherwise the most
     * recent — with its current successors. Empty for a code no unit ever carried.
     */
    Optional<Resolution> resolve(String code);

    /**
     * The units directly below the unit with this code, as they were on {@code asOf}: a province's
     * districts before the reform, its communes after it. Without a date, below the unit
     * {@link #resolve(String)} names (a current province's communes, an old district's communes).
     * Empty when the code named nothing on that date.
     *
     * @throws UnknownLocalityException if no unit ever carried the code
     */
    List<AdministrativeUnit> children(String code, LocalDate asOf);

    /**
     * Units whose name or full name contains the text, ignoring case, diacritics and tone-mark
     * placement, or whose code starts with it. Matches that agree on the diacritics rank before
     * those that agree only without them; then whole names before beginnings before the rest,
     * current before old units, higher levels before lower.
     *
     * @param asOf  only units valid on that date; {@code null} for all periods
     * @param limit the most results to return, at least 1
     */
    List<AdministrativeUnit> search(String text, LocalDate asOf, int limit);

    /** The current province this installation serves ({@code dancu.locality.province}). */
    AdministrativeUnit deploymentProvince();

    /**
     * Does a unit with this code, of any period, lie inside the deployment province? Old units
     * count when their old province was merged into it.
     *
     * @throws UnknownLocalityException if no unit ever carried the code
     */
    boolean withinDeployment(String code);

    /**
     * The communes of the old hierarchy that the current commune with this code took in, wholly or
     * partly, ordered by code; empty when the code names no current commune.
     *
     * @throws UnknownLocalityException if no unit ever carried the code
     */
    List<AdministrativeUnit> predecessors(String currentCommuneCode);
}
