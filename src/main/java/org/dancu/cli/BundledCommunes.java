package org.dancu.cli;

import java.time.LocalDate;

import org.dancu.civil.ProvinceTime;
import org.dancu.linkage.CommuneMapping;
import org.dancu.locality.CommuneHistory;

/**
 * The commune mapping linkage needs, answered by the locality module's rule over the reference data
 * bundled in the jar ({@link CommuneHistory#bundled()}), so that {@code link} and {@code dedupe} run
 * without a database: a code's current commune today, or the code as written for a split or unknown
 * commune, and an old commune's district.
 */
public final class BundledCommunes {

    private BundledCommunes() {
    }

    public static CommuneMapping mapping() {
        CommuneHistory communes = CommuneHistory.bundled();
        LocalDate today = new ProvinceTime(ProvinceTime.VIETNAM).today();
        return new CommuneMapping() {
            @Override
            public String current(String communeCode) {
                return communes.currentCommune(communeCode, today).currentCode().orElse(communeCode);
            }

            @Override
            public String formerDistrict(String communeCode) {
                return communes.formerCommune(communeCode).map(r -> r.unit().parentCode()).orElse("");
            }
        };
    }
}
