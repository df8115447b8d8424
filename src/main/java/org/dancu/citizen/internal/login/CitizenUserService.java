package org.dancu.citizen.internal.login;

import org.dancu.citizen.Citizen;
import org.dancu.citizen.EidLevel;
import org.dancu.citizen.internal.CitizenUser;
import org.dancu.civil.ParseResult;
import org.dancu.civil.PartialDate;
import org.dancu.civil.PersonName;
import org.dancu.civil.Pin;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The signed-in citizen, read from the ID token's claims alone (the provider's signature, issuer,
 * audience and lifetime already checked by the OAuth2 client): the 12-digit ID, the full name, the birth
 * date and the identification level, under the claim names of the settings. A token without a valid ID,
 * name or level is refused ({@link LoginRefusal}); no user-info call is made.
 */
@Component
class CitizenUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final EidProperties.Claims claims;

    CitizenUserService(EidProperties properties) {
        this.claims = properties.claims();
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcIdToken token = request.getIdToken();
        return new CitizenUser(citizen(token), token, null, claims.pin());
    }

    Citizen citizen(OidcIdToken token) {
        ParseResult<Pin, Pin.Invalid> pin = Pin.parse(text(token, claims.pin()));
        if (!pin.isValid()) {
            throw refused(LoginRefusal.INVALID_ID);
        }
        ParseResult<PersonName, PersonName.Invalid> name = PersonName.parse(text(token, claims.name()));
        if (!name.isValid()) {
            throw refused(LoginRefusal.INVALID_CLAIMS);
        }
        String birth = text(token, claims.birthDate());
        PartialDate birthDate = null;
        if (!birth.isBlank()) {
            ParseResult<PartialDate, PartialDate.Invalid> parsed = PartialDate.parse(birth);
            if (!parsed.isValid()) {
                throw refused(LoginRefusal.INVALID_CLAIMS);
            }
            birthDate = parsed.value();
        }
        return new Citizen(pin.value(), name.value(), birthDate, level(text(token, claims.level())));
    }

    private static EidLevel level(String claim) {
        return switch (claim.strip()) {
            case "1" -> EidLevel.LEVEL_1;
            case "2" -> EidLevel.LEVEL_2;
            default -> throw refused(LoginRefusal.INVALID_CLAIMS);
        };
    }

    private static String text(OidcIdToken token, String claim) {
        Object value = token.getClaims().get(claim);
        return value == null ? "" : value.toString();
    }

    private static OAuth2AuthenticationException refused(LoginRefusal refusal) {
        return new OAuth2AuthenticationException(new OAuth2Error(refusal.errorCode()), refusal.errorCode());
    }
}
