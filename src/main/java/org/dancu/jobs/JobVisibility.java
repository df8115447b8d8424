package org.dancu.jobs;

import java.util.Objects;
import java.util.Set;

import org.dancu.security.Role;

/**
 * Who besides its starter and the administrators may see a job: officers of one of {@code roles}
 * whose scope holds {@code localityCode} (their scope's own unit, or a commune under it) and, when
 * {@code agencyCode} is set, who work for that agency.
 *
 * @param roles        the roles that may see the job; empty: only the starter and administrators
 * @param localityCode the unit the work concerns (the province for province-wide work); null with no roles
 * @param agencyCode   the agency whose data the work concerns, or null
 */
public record JobVisibility(Set<Role> roles, String localityCode, String agencyCode) {

    public JobVisibility {
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        if (!roles.isEmpty() && localityCode == null) {
            throw new IllegalArgumentException("a job visible to roles needs the locality it concerns");
        }
    }

    /** Only the starter and the administrators see the job. */
    public static JobVisibility starterOnly() {
        return new JobVisibility(Set.of(), null, null);
    }
}
