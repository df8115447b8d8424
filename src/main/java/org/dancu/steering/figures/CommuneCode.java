package org.dancu.steering.figures;

import java.util.Optional;

import org.dancu.locality.Localities;
import org.dancu.locality.Resolution;

/**
 * The old commune a commune code of a count names in the pre-2025 view, as the locality module
 * answers it: the old commune that carried the code (and its district), also when the reform gave
 * the code to a current commune. A count belongs to that old commune in the pre-2025 view whatever
 * its current commune is.
 *
 * @param code        the code as the source gave it
 * @param oldCommune  the code, when an old commune carried it; else null
 * @param oldDistrict that old commune's district, or null
 */
record CommuneCode(String code, String oldCommune, String oldDistrict) {

    static CommuneCode of(String code, Localities localities) {
        Optional<Resolution> old = localities.formerCommune(code);
        return new CommuneCode(code, old.map(r -> r.unit().code()).orElse(null),
                old.map(r -> r.unit().parentCode()).orElse(null));
    }
}
