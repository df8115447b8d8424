package org.dancu.steering.dashboard;

import java.util.Optional;

import org.dancu.locality.CurrentCommune;
import org.dancu.locality.Localities;
import org.dancu.locality.Resolution;
import org.dancu.locality.UnitLevel;
import org.dancu.security.Scope;
import org.dancu.steering.figures.IndicatorValues;
import org.dancu.steering.internal.Today;
import org.springframework.stereotype.Component;

/**
 * The unit of the fact table a scope's overview shows: the province, a former district, or for a
 * commune officer the current commune their code stands for today (the locality module's rule); an
 * officer of an old commune that was split sees that old commune, not one of its successors.
 */
@Component
public class ScopeRoot {

    private final Localities localities;
    private final Today today;

    ScopeRoot(Localities localities, Today today) {
        this.localities = localities;
        this.today = today;
    }

    public Optional<Root> of(Scope scope) {
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
        CurrentCommune commune = localities.currentCommune(scope.localityCode(), today.date());
        if (commune instanceof CurrentCommune.Split split) {
            return Optional.of(new Root(IndicatorValues.UnitLevel.OLD_COMMUNE, split.meant().code()));
        }
        return commune.currentCode().map(code -> new Root(IndicatorValues.UnitLevel.COMMUNE, code));
    }

    public record Root(IndicatorValues.UnitLevel level, String code) {

        boolean commune() {
            return level == IndicatorValues.UnitLevel.COMMUNE;
        }
    }
}
