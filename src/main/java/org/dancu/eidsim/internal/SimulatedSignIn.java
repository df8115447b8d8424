package org.dancu.eidsim.internal;

import java.util.List;

import org.dancu.eidsim.Identity;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * A person signed in at the simulated provider, after the password and the one-time code, at the
 * identification level the tester picked (1 or 2). Lives only in the simulator's memory.
 */
final class SimulatedSignIn extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final transient Identity identity;
    private final int level;

    SimulatedSignIn(Identity identity, int level) {
        // the two factors VNeID asks for; the ID token's auth_time is when they were given
        super(List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY),
                FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.OTT_AUTHORITY)));
        this.identity = identity;
        this.level = level;
        setAuthenticated(true);
    }

    Identity identity() {
        return identity;
    }

    int level() {
        return level;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return identity.pin().value();
    }

    @Override
    public String getName() {
        return identity.pin().value();
    }
}
