package org.dancu.locality;

import java.util.List;

/**
 * What a code means: the unit it names and the current units that unit lives on in.
 *
 * @param unit                    the unit the code names: the current one when one carries the code,
 *                                otherwise the most recent one (or the one valid on the date asked for)
 * @param currentSuccessors       the current units that took over its territory, ordered by code; the
 *                                unit itself when it is current; empty when the mapping is unknown.
 *                                An old district's successors are the current communes its communes
 *                                went to.
 * @param partial                 {@code true} when only part of the unit went to some successor (it was
 *                                split, or the source says "một phần"), so a record of the old unit
 *                                cannot be moved to one successor without looking at the address
 * @param sameCodeElsewhereInTime other units that carried the same code at other times
 */
public record Resolution(AdministrativeUnit unit, List<AdministrativeUnit> currentSuccessors, boolean partial,
                         List<AdministrativeUnit> sameCodeElsewhereInTime) {

    public Resolution {
        currentSuccessors = List.copyOf(currentSuccessors);
        sameCodeElsewhereInTime = List.copyOf(sameCodeElsewhereInTime);
    }
}
