package org.dancu.register.internal;

import java.util.Set;

import org.dancu.security.CurrentStaff;
import org.dancu.security.Role;

/**
 * The roles that keep population data (administrators, province and commune officers): they see a
 * person's full ID and contact details; agency officers and auditors need to recognise a person,
 * not copy the ID or contact them.
 */
public final class PopulationKeepers {

    public static final Set<Role> ROLES = Set.of(Role.ADMINISTRATOR, Role.PROVINCE_OFFICER, Role.COMMUNE_OFFICER);

    private PopulationKeepers() {
    }

    public static boolean signedIn(CurrentStaff currentStaff) {
        return currentStaff.principal().map(p -> ROLES.contains(p.getRole())).orElse(false);
    }
}
