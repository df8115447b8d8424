package org.dancu.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.CurrentCommune;
import org.dancu.locality.Localities;
import org.dancu.locality.Resolution;
import org.dancu.locality.UnitLevel;
import org.dancu.locality.UnknownLocalityException;

/**
 * A province's districts and communes in the three-level hierarchy before the 2025 reform, each
 * commune with the current communes it went to: the ground a synthetic population is spread over.
 */
public record ProvinceLayout(String provinceCode, String provinceName, List<District> districts) {

    /** The day whose hierarchy the layout takes: well inside the three-level period. */
    public static final LocalDate OLD_HIERARCHY_DATE = LocalDate.of(2024, 1, 1);

    public ProvinceLayout {
        Objects.requireNonNull(provinceCode, "provinceCode");
        districts = List.copyOf(districts);
        if (districts.stream().allMatch(d -> d.communes().isEmpty())) {
            throw new IllegalArgumentException("province " + provinceCode + " has no communes");
        }
    }

    /**
     * @param currentCodes the current (post-2025) communes it went to, ordered by code; several when it was split
     */
    public record Commune(String code, String name, String fullName, String type, List<String> currentCodes) {
        public Commune {
            currentCodes = List.copyOf(currentCodes);
        }

        /** Wards and townships are organised in street groups (tổ dân phố), rural communes in villages (bản). */
        public boolean urban() {
            return "Phường".equals(type) || "Thị trấn".equals(type);
        }
    }

    public record District(String code, String name, String fullName, List<Commune> communes) {
        public District {
            communes = List.copyOf(communes);
        }
    }

    /**
     * The layout of a province as it was on {@link #OLD_HIERARCHY_DATE}.
     *
     * @throws IllegalArgumentException when the code names no province of that time, or one without communes
     */
    public static ProvinceLayout of(Localities localities, String provinceCode) {
        AdministrativeUnit province = localities.resolve(provinceCode, OLD_HIERARCHY_DATE)
                .map(Resolution::unit)
                .filter(unit -> unit.level() == UnitLevel.PROVINCE)
                .orElseThrow(() -> new IllegalArgumentException("unknown province code '" + provinceCode
                        + "': give a two-digit GSO province code of the pre-2025 hierarchy, e.g. 11 for Điện Biên"));
        List<District> districts = new ArrayList<>();
        for (AdministrativeUnit district : children(localities, province.code())) {
            List<Commune> communes = new ArrayList<>();
            for (AdministrativeUnit commune : children(localities, district.code())) {
                List<String> current = currentCodes(localities.currentCommune(commune.code(), OLD_HIERARCHY_DATE));
                communes.add(new Commune(commune.code(), commune.name(), commune.fullName(), commune.type(), current));
            }
            districts.add(new District(district.code(), district.name(), district.fullName(), communes));
        }
        return new ProvinceLayout(province.code(), province.name(), districts);
    }

    /** Where the locality rule places the commune: one current commune, a split one's candidates, or none. */
    private static List<String> currentCodes(CurrentCommune answer) {
        if (answer instanceof CurrentCommune.Split split) {
            return split.candidates().stream().map(AdministrativeUnit::code).toList();
        }
        return answer.currentCode().stream().toList();
    }

    private static List<AdministrativeUnit> children(Localities localities, String code) {
        try {
            return localities.children(code, OLD_HIERARCHY_DATE);
        } catch (UnknownLocalityException e) {
            return List.of();
        }
    }

    public int communeCount() {
        return districts.stream().mapToInt(d -> d.communes().size()).sum();
    }
}
