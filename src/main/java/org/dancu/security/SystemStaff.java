package org.dancu.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work the system does without an officer (applying the national change feed) as a province
 * officer of the deployment province, so that the modules' scope checks and audit entries apply to
 * it as to anyone: the audit ledger names the system component as the actor.
 */
public final class SystemStaff {

    private SystemStaff() {
    }

    /**
     * @param component    the actor named in audit entries, e.g. {@code system.national}
     * @param provinceCode the deployment province, the scope of the work
     */
    public static <T> T callAs(String component, String provinceCode, Supplier<T> work) {
        StaffPrincipal principal = new StaffPrincipal(0, component, component, Role.PROVINCE_OFFICER,
                new Scope(provinceCode, null), false);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(Role.PROVINCE_OFFICER.authority()))));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
