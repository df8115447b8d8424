package org.dancu.security.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.springframework.stereotype.Component;

/**
 * The units an administrator can pick as an account's scope: the deployment province, its
 * former districts (the hierarchy of the day before the 2025 reform) and its current communes.
 */
@Component
class ScopeChoices {

    private final Localities localities;

    ScopeChoices(Localities localities) {
        this.localities = localities;
    }

    /** The choices by group, in the order province, former districts, communes. */
    Map<Group, List<Choice>> byGroup() {
        AdministrativeUnit province = localities.deploymentProvince();
        Map<Group, List<Choice>> choices = new EnumMap<>(Group.class);
        choices.put(Group.PROVINCE, List.of(Choice.of(province)));
        choices.put(Group.FORMER_DISTRICT, localities.children(province.code(),
                Localities.REFORM_2025.minusDays(1)).stream().map(Choice::of).toList());
        choices.put(Group.COMMUNE, localities.children(province.code(), null).stream()
                .filter(Units::isCurrentCommune).map(Choice::of).toList());
        return choices;
    }

    enum Group { PROVINCE, FORMER_DISTRICT, COMMUNE }

    /** One selectable unit. */
    record Choice(String code, String name) {

        static Choice of(AdministrativeUnit unit) {
            return new Choice(unit.code(), unit.fullName());
        }
    }
}
