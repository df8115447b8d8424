package org.dancu.security.internal;

import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.UnitLevel;

/** The facts about an administrative unit that the scope rules depend on. */
final class Units {

    private Units() {
    }

    static boolean isDistrict(AdministrativeUnit unit) {
        return unit.level() == UnitLevel.DISTRICT;
    }

    /** A commune in force today: communes merged away in 2025 are not. */
    static boolean isCurrentCommune(AdministrativeUnit unit) {
        return unit.level() == UnitLevel.COMMUNE && unit.isCurrent();
    }
}
