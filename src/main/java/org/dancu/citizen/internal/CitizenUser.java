package org.dancu.citizen.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.dancu.citizen.Citizen;
import org.dancu.citizen.EidLevel;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A citizen's principal in the citizen filter chain: the ID token the e-ID provider signed and the
 * {@link Citizen} read from its claims. Its authorities are {@code CITIZEN} and, for a level-2
 * identification, {@code EID_LEVEL_2}; staff authorities never.
 * The session keeps it serialised in the database, so any instance reads it back; {@link Citizen}
 * travels as its text form.
 */
public final class CitizenUser extends DefaultOidcUser {

    private static final long serialVersionUID = 2L;

    /** The session attribute the citizen chain keeps its security context under, apart from staff's. */
    public static final String SESSION_KEY = "DANCU_CITIZEN_SECURITY_CONTEXT";
    public static final String CITIZEN = "CITIZEN";
    public static final String LEVEL_2 = "EID_LEVEL_2";

    private final Citizen citizen;

    public CitizenUser(Citizen citizen, OidcIdToken idToken, OidcUserInfo userInfo, String nameAttributeKey) {
        super(authorities(citizen.level()), idToken, userInfo, nameAttributeKey);
        this.citizen = citizen;
    }

    public Citizen citizen() {
        return citizen;
    }

    /** The masked ID only: the rest is personal data and stays out of logs. */
    @Override
    public String toString() {
        return "CitizenUser[" + citizen.pin() + ", " + citizen.level() + "]";
    }

    private static Collection<GrantedAuthority> authorities(EidLevel level) {
        List<GrantedAuthority> authorities = new ArrayList<>(List.of(new SimpleGrantedAuthority(CITIZEN)));
        if (level.atLeast(EidLevel.LEVEL_2)) {
            authorities.add(new SimpleGrantedAuthority(LEVEL_2));
        }
        return authorities;
    }
}
