package org.dancu.steering.indicators;

import java.time.LocalDate;
import java.util.List;

import org.dancu.civil.ProvinceTime;
import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.springframework.stereotype.Component;

/**
 * The deployment province's units of each level, through the locality module: its current communes
 * today, and its districts and communes as they were on the eve of the 2025 reform.
 */
@Component
class ProvinceUnits {

    private static final LocalDate BEFORE_REFORM = Localities.REFORM_2025.minusDays(1);

    private final Localities localities;
    private final ProvinceTime time;
    private final IndicatorFactsQuery facts;

    ProvinceUnits(Localities localities, ProvinceTime time, IndicatorFactsQuery facts) {
        this.localities = localities;
        this.time = time;
        this.facts = facts;
    }

    String province() {
        return localities.deploymentProvince().code();
    }

    /**
     * The units of a level that the code stands for: the province's code stands for all of them, an
     * old district's for its old communes, a unit's own code for itself; none when the code names no
     * unit of the level. Agencies are those with figures stored, or the one named.
     */
    List<String> of(UnitLevel level, String code) {
        String province = province();
        return switch (level) {
            case PROVINCE -> province.equals(code) ? List.of(province) : List.of();
            case COMMUNE -> within(codes(localities.children(province, time.today())), code, province);
            case OLD_DISTRICT -> within(oldDistricts(), code, province);
            case OLD_COMMUNE -> {
                if (province.equals(code)) {
                    yield oldDistricts().stream().flatMap(d -> oldCommunes(d).stream()).toList();
                }
                yield oldDistricts().contains(code) ? oldCommunes(code)
                        : within(oldDistricts().stream().flatMap(d -> oldCommunes(d).stream()).toList(), code, province);
            }
            case AGENCY -> province.equals(code) ? facts.agencies() : List.of(code);
        };
    }

    private List<String> oldDistricts() {
        return codes(localities.children(province(), BEFORE_REFORM));
    }

    private List<String> oldCommunes(String district) {
        return codes(localities.children(district, BEFORE_REFORM));
    }

    private static List<String> within(List<String> all, String code, String province) {
        if (province.equals(code)) {
            return all;
        }
        return all.contains(code) ? List.of(code) : List.of();
    }

    private static List<String> codes(List<AdministrativeUnit> units) {
        return units.stream().map(AdministrativeUnit::code).toList();
    }
}
