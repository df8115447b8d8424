package org.dancu.eidsim.internal;

import org.dancu.eidsim.EidSimSettings;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * The one relying party the simulator knows, from its settings: a confidential client that must also
 * use PKCE, with no consent screen (VNeID asks none of a public-service portal). Built on each look-up,
 * since its redirect addresses may name a port known only once the application listens.
 */
final class SettingsClient implements RegisteredClientRepository {

    private static final String ID = "relying-party";

    private final EidSimSettings settings;

    SettingsClient(EidSimSettings settings) {
        this.settings = settings;
    }

    /**
     * Nothing to keep: the client comes from the settings. (The token endpoint saves the client when it would
     * re-encode its secret in a stronger hash.)
     */
    @Override
    public void save(RegisteredClient registeredClient) {
    }

    @Override
    public RegisteredClient findById(String id) {
        return ID.equals(id) ? client() : null;
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return settings.clientId().equals(clientId) ? client() : null;
    }

    private RegisteredClient client() {
        return RegisteredClient.withId(ID)
                .clientId(settings.clientId())
                .clientSecret("{noop}" + settings.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(settings.redirectUris().get()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .build();
    }
}
