package org.dancu.citizen.internal.login;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * The e-ID provider as the OAuth2 client's one registration ({@value #REGISTRATION}), read from the issuer's
 * discovery document on the first login that needs it and kept from then on. Until the provider answers,
 * each login tries again, and {@link #registration()} says it cannot be reached.
 */
@Component
class EidProvider implements ClientRegistrationRepository {

    static final String REGISTRATION = "vneid";
    static final String REDIRECT_URI = "{baseUrl}/citizen/login/oauth2/code/{registrationId}";

    private final EidProperties properties;
    private final Environment environment;
    private final AtomicReference<ClientRegistration> registration = new AtomicReference<>();

    EidProvider(EidProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return REGISTRATION.equals(registrationId) ? registration() : null;
    }

    /**
     * @throws Unreachable when the issuer is not set or its discovery document cannot be read
     */
    ClientRegistration registration() {
        ClientRegistration known = registration.get();
        if (known != null) {
            return known;
        }
        String issuer;
        try {
            issuer = environment.resolveRequiredPlaceholders(properties.issuer());
        } catch (IllegalArgumentException notSet) {
            throw new Unreachable(properties.issuer(), notSet);
        }
        try {
            ClientRegistration read = ClientRegistrations.fromIssuerLocation(issuer)
                    .registrationId(REGISTRATION)
                    .clientId(properties.clientId())
                    .clientSecret(properties.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(REDIRECT_URI)
                    .scope(properties.scopes())
                    .userNameAttributeName(properties.claims().pin())
                    .build();
            registration.compareAndSet(null, read);
            return registration.get();
        } catch (RuntimeException unreachable) {
            throw new Unreachable(issuer, unreachable);
        }
    }

    /** The provider's discovery document could not be read (not set, down, not an OpenID provider). */
    static final class Unreachable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unreachable(String issuer, Throwable cause) {
            super("the e-ID provider " + issuer + " cannot be reached: " + cause.getMessage(), cause);
        }
    }
}
