package org.dancu.eidsim.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.dancu.eidsim.Identity;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * What the simulated ID token says of the person (the claims of docs/eidsim.md) and, when told to
 * misbehave, how it lies.
 */
final class IdTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String PIN = "citizen_id";
    static final String NAME = "name";
    static final String BIRTH_DATE = "birthdate";
    static final String LEVEL = "identification_level";
    static final String OTHER_ISSUER = "https://eid.other.invalid";
    static final String OTHER_AUDIENCE = "another-relying-party";

    private final SimulatorState state;
    private final SigningKeys keys;

    IdTokenClaims(SimulatorState state, SigningKeys keys) {
        this.state = state;
        this.keys = keys;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())
                || !(context.getPrincipal() instanceof SimulatedSignIn signIn)) {
            return;
        }
        Identity person = signIn.identity();
        context.getClaims().claim(PIN, person.pin().value())
                .claim(NAME, person.name().fullName())
                .claim(LEVEL, signIn.level());
        if (person.birthDate() != null) {
            context.getClaims().claim(BIRTH_DATE, person.birthDate().toString());
        }
        switch (state.misbehaviour()) {
            case NONE -> { }
            case FOREIGN_KEY -> context.getJwsHeader().keyId(keys.foreignKeyId());
            case EXPIRED -> {
                Instant now = Instant.now();
                context.getClaims().issuedAt(now.minus(Duration.ofHours(2))).expiresAt(now.minus(Duration.ofHours(1)));
            }
            case OTHER_AUDIENCE -> context.getClaims().audience(List.of(OTHER_AUDIENCE));
            case OTHER_ISSUER -> context.getClaims().issuer(OTHER_ISSUER);
            case MALFORMED_ID -> context.getClaims().claim(PIN, "12345-not-an-id");
            case MISSING_ID -> context.getClaims().claims(claims -> claims.remove(PIN));
        }
    }
}
