package org.dancu.security;

import java.util.Optional;

import org.dancu.audit.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The staff member behind the current request. Modules take the {@link #scope()} into their SQL
 * and the {@link #actor()} into their audit entries; outside a signed-in request the scope is
 * {@link Scope#NONE}, which grants nothing.
 */
@Component
public class CurrentStaff {

    /** The signed-in staff member, if the current request has one. */
    public Optional<StaffPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The data the current staff member may see; {@link Scope#NONE} when nobody is signed in. */
    public Scope scope() {
        return principal().map(StaffPrincipal::getScope).orElse(Scope.NONE);
    }

    /** Does the signed-in staff member keep population data ({@link Role#keepsPopulationData()})? */
    public boolean keepsPopulationData() {
        return principal().map(p -> p.getRole().keepsPopulationData()).orElse(false);
    }

    /** How the signed-in staff member sees IDs: whole or masked, by {@link #keepsPopulationData()}. */
    public PinView pinView() {
        return new PinView(keepsPopulationData());
    }

    /** The actor to name in audit entries: the staff account, or an anonymous actor when nobody is signed in. */
    public Actor actor() {
        return principal().map(p -> Actor.staff(p.getUsername())).orElseGet(() -> Actor.anonymous(null));
    }
}
