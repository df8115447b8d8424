package org.dancu.register.internal;

import java.util.List;

import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.StaffPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a staff member behind the current thread, as a signed-in request would, for service-level tests. */
final class Officers {

    private Officers() {
    }

    static void signIn(String username, Role role, Scope scope) {
        StaffPrincipal principal = new StaffPrincipal(1, username, username, role, scope, false);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
