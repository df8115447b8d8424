package org.dancu.steering.internal;

import java.util.Optional;

import org.dancu.locality.Localities;
import org.dancu.locality.Resolution;
import org.dancu.locality.UnitLevel;

/**
 * What a commune code of a count names, as the locality module answers it: the old commune that
 * carried it (and its district) and the current commune that carries it, which are different units
 * when the reform reused the code. A count belongs to both: to the old commune in the pre-2025 view
 * and to a current commune today.
 *
 * @param code          the code as the source gave it
 * @param current       a current commune carries the code
 * @param oldCommune    the code, when an old commune carried it; else null
 * @param oldDistrict   that old commune's district, or null
 * @param soleSuccessor the one current commune the old commune went into whole, or null (split, or none)
 */
record CommuneCode(String code, boolean current, String oldCommune, String oldDistrict, String soleSuccessor) {

    static CommuneCode of(String code, Localities localities) {
        boolean current = localities.resolve(code)
                .map(r -> r.unit().isCurrent() && r.unit().level() == UnitLevel.COMMUNE).orElse(false);
        Optional<Resolution> old = localities.formerCommune(code);
        return new CommuneCode(code, current, old.map(r -> r.unit().code()).orElse(null),
                old.map(r -> r.unit().parentCode()).orElse(null),
                old.filter(r -> !r.partial() && r.currentSuccessors().size() == 1)
                        .map(r -> r.currentSuccessors().get(0).code()).orElse(null));
    }
}
