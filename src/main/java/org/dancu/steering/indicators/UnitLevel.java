package org.dancu.steering.indicators;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of unit the API gives figures for, by their names in addresses, and where each lives in
 * the fact table. An agency's figures are its province-wide figures.
 */
enum UnitLevel {
    PROVINCE("province", "PROVINCE"),
    COMMUNE("commune", "COMMUNE"),
    OLD_DISTRICT("oldDistrict", "OLD_DISTRICT"),
    OLD_COMMUNE("oldCommune", "OLD_COMMUNE"),
    AGENCY("agency", "PROVINCE");

    private final String parameter;
    private final String factLevel;

    UnitLevel(String parameter, String factLevel) {
        this.parameter = parameter;
        this.factLevel = factLevel;
    }

    static Optional<UnitLevel> of(String parameter) {
        return Arrays.stream(values()).filter(level -> level.parameter.equals(parameter)).findFirst();
    }

    /** Its name in addresses and answers ({@code oldCommune}). */
    String parameter() {
        return parameter;
    }

    /** Its {@code unit_level} in {@code steering.indicator_value}. */
    String factLevel() {
        return factLevel;
    }
}
