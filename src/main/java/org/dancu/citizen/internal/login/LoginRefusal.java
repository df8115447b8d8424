package org.dancu.citizen.internal.login;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Why a login with the e-ID was refused, in words on the login page ({@code citizen.login.error.<code>})
 * and in the ledger, read from what the OAuth2 client or {@link CitizenUserService} threw.
 */
enum LoginRefusal {
    /** The ID token's signature is not by a key the provider publishes. */
    FORGED("forged"),
    EXPIRED("expired"),
    OTHER_AUDIENCE("other-audience"),
    OTHER_ISSUER("other-issuer"),
    /** The token failed another check. */
    INVALID_TOKEN("invalid-token"),
    /** The personal ID claim is missing or not a 12-digit ID. */
    INVALID_ID("invalid-id"),
    /** The name, birth date or level claim is missing or unreadable. */
    INVALID_CLAIMS("invalid-claims"),
    /** The provider refused the code (used already, expired, or not issued for this login). */
    CODE_REFUSED("code-refused"),
    /** No login was started in this browser, or it took too long. */
    NOT_STARTED("not-started"),
    /** The person cancelled or the provider declined at its end. */
    DECLINED("declined"),
    /** The provider did not answer. */
    UNREACHABLE("unreachable"),
    OTHER("other");

    private final String code;

    LoginRefusal(String code) {
        this.code = code;
    }

    /** The part of the message key and of the login page's address: {@code citizen.login.error.<code>}. */
    String code() {
        return code;
    }

    String errorCode() {
        return "dancu_" + name().toLowerCase(Locale.ROOT);
    }

    static LoginRefusal of(AuthenticationException failure) {
        if (!(failure instanceof OAuth2AuthenticationException oauth)) {
            return OTHER;
        }
        String error = oauth.getError().getErrorCode();
        return switch (error) {
            case "invalid_id_token" -> ofToken(failure.getCause());
            case "invalid_grant" -> CODE_REFUSED;
            case "authorization_request_not_found", "invalid_state_parameter", "client_registration_not_found" -> NOT_STARTED;
            case "access_denied", "login_required", "consent_required" -> DECLINED;
            case "invalid_token_response", "invalid_user_info_response" -> UNREACHABLE;
            default -> Arrays.stream(values()).filter(refusal -> refusal.errorCode().equals(error)).findFirst()
                    .orElse(OTHER);
        };
    }

    /** The decoder's checks (signature, then timestamps, issuer and audience) name what failed. */
    private static LoginRefusal ofToken(Throwable cause) {
        if (cause instanceof JwtValidationException invalid) {
            return ofClaims(invalid.getErrors());
        }
        if (cause instanceof BadJwtException) {
            return FORGED;
        }
        // the provider's keys could not be fetched
        return cause instanceof JwtException ? UNREACHABLE : INVALID_TOKEN;
    }

    private static LoginRefusal ofClaims(Collection<OAuth2Error> errors) {
        String described = errors.stream().map(OAuth2Error::getDescription).reduce("", String::concat);
        if (described.contains("expired") || described.contains("exp=")) {
            return EXPIRED;
        }
        if (described.contains("iss=")) {
            return OTHER_ISSUER;
        }
        if (described.contains("aud=") || described.contains("azp=")) {
            return OTHER_AUDIENCE;
        }
        return INVALID_TOKEN;
    }
}
