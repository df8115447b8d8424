package org.dancu.steering.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dancu.civil.ProvinceTime;
import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.springframework.stereotype.Component;

/** The units an API client can be given: the province or one of its current communes. */
@Component
class UnitChoices {

    private final Localities localities;
    private final ProvinceTime time;

    UnitChoices(Localities localities, ProvinceTime time) {
        this.localities = localities;
        this.time = time;
    }

    /** The province first, then its communes, by code. */
    List<AdministrativeUnit> all() {
        AdministrativeUnit province = localities.deploymentProvince();
        List<AdministrativeUnit> units = new ArrayList<>();
        units.add(province);
        units.addAll(localities.children(province.code(), time.today()));
        return units;
    }

    boolean offers(String code) {
        return all().stream().anyMatch(u -> u.code().equals(code));
    }

    /** Unit names by code, for the list of clients. */
    Map<String, String> names() {
        return all().stream().collect(Collectors.toMap(AdministrativeUnit::code, AdministrativeUnit::fullName));
    }
}
