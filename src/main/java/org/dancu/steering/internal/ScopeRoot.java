package org.dancu.steering.internal;

import java.util.Optional;

import org.dancu.locality.Localities;
import org.dancu.locality.Resolution;
import org.dancu.locality.UnitLevel;
import org.dancu.security.Scope;
import org.springframework.stereotype.Component;

/**
 * The unit of the fact table a scope's overview shows: the province, a former district, or for a
 * commune officer their current commune (an old commune code is read as the commune it became).
 */
@Component
class ScopeRoot {

    private final Localities localities;

    ScopeRoot(Localities localities) {
        this.localities = localities;
    }

    Optional<Root> of(Scope scope) {
        if (scope.localityCode() == null) {
            return Optional.empty();
        }
        Optional<Resolution> resolution = localities.resolve(scope.localityCode());
        if (resolution.isEmpty()) {
            return Optional.empty();
        }
        Resolution r = resolution.get();
        if (r.unit().level() == UnitLevel.PROVINCE) {
            return Optional.of(new Root(IndicatorValues.UnitLevel.PROVINCE, r.unit().code()));
        }
        if (r.unit().level() == UnitLevel.DISTRICT) {
            return Optional.of(new Root(IndicatorValues.UnitLevel.OLD_DISTRICT, r.unit().code()));
        }
        return r.currentSuccessors().stream().findFirst()
                .map(u -> new Root(IndicatorValues.UnitLevel.COMMUNE, u.code()));
    }

    record Root(IndicatorValues.UnitLevel level, String code) {

        boolean commune() {
            return level == IndicatorValues.UnitLevel.COMMUNE;
        }
    }
}
