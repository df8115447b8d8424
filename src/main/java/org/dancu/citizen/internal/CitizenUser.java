package org.dancu.citizen.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.dancu.citizen.Citizen;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A citizen's principal in the citizen filter chain: the ID token the e-ID provider signed and the
 * {@link Citizen} read from its claims. Its authorities are {@code CITIZEN} and, for a level-2
 * identification, {@code EID_LEVEL_2}; staff authorities never.
 *
 * <p>The session keeps it serialised (a server restart with a persistent session store, a session moved
 * to another node), so the citizen is held as text and an enum and rebuilt on reading, civil's types
 * not being serialisable.
 */
public final class CitizenUser extends DefaultOidcUser {

    private static final long serialVersionUID = 2L;

    /** The session attribute the citizen chain keeps its security context under, apart from staff's. */
    public static final String SESSION_KEY = "DANCU_CITIZEN_SECURITY_CONTEXT";
    public static final String CITIZEN = "CITIZEN";
    public static final String LEVEL_2 = "EID_LEVEL_2";

    private final String pin;
    private final String familyName;
    private final String middleName;
    private final String givenName;
    private final String birthDate;
    private final EidLevel level;
    private transient Citizen citizen;

    public CitizenUser(Citizen citizen, OidcIdToken idToken, OidcUserInfo userInfo, String nameAttributeKey) {
        super(authorities(citizen.level()), idToken, userInfo, nameAttributeKey);
        this.pin = citizen.pin().value();
        this.familyName = citizen.name().family();
        this.middleName = citizen.name().middle();
        this.givenName = citizen.name().given();
        this.birthDate = citizen.birthDate() == null ? null : citizen.birthDate().toString();
        this.level = citizen.level();
        this.citizen = citizen;
    }

    public Citizen citizen() {
        if (citizen == null) {
            citizen = new Citizen(Pin.of(pin), PersonName.of(familyName, middleName, givenName),
                    birthDate == null ? null : PartialDate.parse(birthDate, PartialDate.DayMonthOrder.DAY_FIRST).value(),
                    level);
        }
        return citizen;
    }

    /** The masked ID only: the rest is personal data and stays out of logs. */
    @Override
    public String toString() {
        return "CitizenUser[" + Pin.mask(pin) + ", " + level + "]";
    }

    private static Collection<GrantedAuthority> authorities(EidLevel level) {
        List<GrantedAuthority> authorities = new ArrayList<>(List.of(new SimpleGrantedAuthority(CITIZEN)));
        if (level.atLeast(EidLevel.LEVEL_2)) {
            authorities.add(new SimpleGrantedAuthority(LEVEL_2));
        }
        return authorities;
    }
}
