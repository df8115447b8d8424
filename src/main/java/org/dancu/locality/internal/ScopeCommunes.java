package org.dancu.locality.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.UnitLevel;

/**
 * The contents of {@code locality.scope_commune}, the table the security module's filters join:
 * for each code that can be a scope root, every commune code, old or new, whose records fall
 * under it. A code used as a scope means the current unit with that code if there is one,
 * otherwise the most recent one; then
 * <ul>
 *   <li>a current province: its communes, all communes of the old provinces merged into it, and
 *       every old commune its communes took in;</li>
 *   <li>a current commune: itself and the old communes it took in, wholly or partly;</li>
 *   <li>an old province or district: its old communes;</li>
 *   <li>an old commune: itself only (its successors may hold far more than it did).</li>
 * </ul>
 * Computed here rather than in SQL because the tables were filled a moment ago and the planner
 * has no statistics for them yet.
 */
final class ScopeCommunes {

    private ScopeCommunes() {
    }

    static Map<String, Set<String>> derive(ReferenceData data, List<CommuneSuccession.Link> links) {
        Map<String, List<String>> communesOfOldDistrict = new HashMap<>();
        Map<String, List<String>> communesOfOldProvince = new HashMap<>();
        Map<String, String> oldDistrictProvince = new HashMap<>();
        for (AdministrativeUnit unit : data.threeLevelUnits()) {
            if (unit.level() == UnitLevel.DISTRICT) {
                oldDistrictProvince.put(unit.code(), unit.parentCode());
            }
        }
        for (AdministrativeUnit unit : data.threeLevelUnits()) {
            if (unit.level() == UnitLevel.COMMUNE) {
                communesOfOldDistrict.computeIfAbsent(unit.parentCode(), d -> new ArrayList<>()).add(unit.code());
                communesOfOldProvince.computeIfAbsent(oldDistrictProvince.get(unit.parentCode()), p -> new ArrayList<>())
                        .add(unit.code());
            }
        }
        Map<String, List<String>> predecessors = new HashMap<>();
        links.forEach(link -> predecessors.computeIfAbsent(link.newCode(), c -> new ArrayList<>()).add(link.oldCode()));

        Map<String, Set<String>> scopes = new TreeMap<>();
        for (AdministrativeUnit unit : data.twoLevelUnits()) {
            Set<String> communes = scopes.computeIfAbsent(unit.code(), c -> new TreeSet<>());
            if (unit.level() == UnitLevel.COMMUNE) {
                communes.add(unit.code());
                communes.addAll(predecessors.getOrDefault(unit.code(), List.of()));
                Set<String> province = scopes.computeIfAbsent(unit.parentCode(), c -> new TreeSet<>());
                province.add(unit.code());
                province.addAll(predecessors.getOrDefault(unit.code(), List.of()));
            }
        }
        data.provinceSuccession().forEach((oldProvince, newProvince) -> scopes
                .computeIfAbsent(newProvince, c -> new TreeSet<>())
                .addAll(communesOfOldProvince.getOrDefault(oldProvince, List.of())));
        for (AdministrativeUnit unit : data.threeLevelUnits()) {
            if (scopes.containsKey(unit.code())) {
                continue;
            }
            Set<String> communes = new TreeSet<>();
            switch (unit.level()) {
                case PROVINCE -> communes.addAll(communesOfOldProvince.getOrDefault(unit.code(), List.of()));
                case DISTRICT -> communes.addAll(communesOfOldDistrict.getOrDefault(unit.code(), List.of()));
                case COMMUNE -> communes.add(unit.code());
            }
            scopes.put(unit.code(), communes);
        }
        return scopes;
    }
}
