package org.dancu.security;

import java.util.Optional;

/**
 * The staff accounts other modules hand work to: the public services assign a dossier's leg only to an
 * officer whose role and scope let them handle it.
 */
public interface StaffMembers {

    /** The enabled staff account of that username, as it would sign in; empty for others. */
    Optional<StaffPrincipal> enabled(String username);
}
