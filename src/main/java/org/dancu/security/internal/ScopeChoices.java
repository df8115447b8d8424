package org.dancu.security.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.dancu.locality.Resolution;
import org.springframework.stereotype.Component;

/**
 * The units an administrator can pick as an account's scope: the deployment province and its
 * current communes. The districts abolished in the 2025 reform are offered no more; an account
 * that still has one (a province officer's from before) is offered its own unit, so that saving
 * the form keeps it rather than changing it silently.
 */
@Component
class ScopeChoices {

    private final Localities localities;

    ScopeChoices(Localities localities) {
        this.localities = localities;
    }

    /**
     * The choices by group, in the order province, communes, then the account's own abolished unit.
     *
     * @param present the account's scope unit now, null for a new account
     */
    Map<Group, List<Choice>> byGroup(String present) {
        AdministrativeUnit province = localities.deploymentProvince();
        Map<Group, List<Choice>> choices = new EnumMap<>(Group.class);
        choices.put(Group.PROVINCE, List.of(Choice.of(province)));
        choices.put(Group.COMMUNE, localities.children(province.code(), null).stream()
                .filter(Units::isCurrentCommune).map(Choice::of).toList());
        if (present != null) {
            localities.resolve(present).map(Resolution::unit).filter(unit -> !unit.isCurrent())
                    .ifPresent(unit -> choices.put(Group.ABOLISHED, List.of(Choice.of(unit))));
        }
        return choices;
    }

    enum Group { PROVINCE, COMMUNE, ABOLISHED }

    /** One selectable unit. */
    record Choice(String code, String name) {

        static Choice of(AdministrativeUnit unit) {
            return new Choice(unit.code(), unit.fullName());
        }
    }
}
