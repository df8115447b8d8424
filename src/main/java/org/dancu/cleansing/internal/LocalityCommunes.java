package org.dancu.cleansing.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dancu.linkage.CommuneMapping;
import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.dancu.locality.Resolution;
import org.dancu.locality.UnitLevel;
import org.springframework.stereotype.Component;

/** The linkage engine's commune mapping answered by the locality module, remembered per code. */
@Component
class LocalityCommunes implements CommuneMapping {

    private static final LocalDate BEFORE_REFORM = Localities.REFORM_2025.minusDays(1);

    private final Localities localities;
    private final Map<String, String> current = new ConcurrentHashMap<>();
    private final Map<String, String> districts = new ConcurrentHashMap<>();

    LocalityCommunes(Localities localities) {
        this.localities = localities;
    }

    @Override
    public String current(String communeCode) {
        if (communeCode == null || communeCode.isBlank()) {
            return "";
        }
        return current.computeIfAbsent(communeCode, code -> localities.resolve(code)
                .filter(resolution -> resolution.currentSuccessors().size() == 1)
                .map(resolution -> resolution.currentSuccessors().get(0).code())
                .orElse(code));
    }

    @Override
    public String formerDistrict(String communeCode) {
        if (communeCode == null || communeCode.isBlank()) {
            return "";
        }
        return districts.computeIfAbsent(communeCode, code -> localities.resolve(code, BEFORE_REFORM)
                .map(Resolution::unit)
                .filter(unit -> unit.level() == UnitLevel.COMMUNE)
                .map(AdministrativeUnit::parentCode)
                .orElse(""));
    }
}
