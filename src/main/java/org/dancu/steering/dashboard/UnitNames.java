package org.dancu.steering.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.dancu.steering.figures.IndicatorValues;
import org.springframework.stereotype.Component;

/** Full names of the units of the fact table, old units named as they were before the 2025 reform. */
@Component
public class UnitNames {

    private static final LocalDate LAST_OLD_DAY = Localities.REFORM_2025.minusDays(1);

    private final Localities localities;

    UnitNames(Localities localities) {
        this.localities = localities;
    }

    public String name(IndicatorValues.UnitLevel level, String code) {
        boolean old = level == IndicatorValues.UnitLevel.OLD_COMMUNE || level == IndicatorValues.UnitLevel.OLD_DISTRICT;
        return (old ? localities.resolve(code, LAST_OLD_DAY) : localities.resolve(code))
                .map(r -> r.unit().fullName()).orElse(code);
    }

    /** The current communes of the deployment province, in code order. */
    List<AdministrativeUnit> currentCommunes(LocalDate today) {
        return localities.children(localities.deploymentProvince().code(), today);
    }

    public String provinceCode() {
        return localities.deploymentProvince().code();
    }
}
