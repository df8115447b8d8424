package org.dancu.steering.indicators;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by an API client's bearer token; the client is its principal. */
class ApiClientAuthentication extends AbstractAuthenticationToken {

    static final String ROLE = "API_CLIENT";

    private final transient ApiClient client;

    ApiClientAuthentication(ApiClient client) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public ApiClient getPrincipal() {
        return client;
    }

    @Override
    public String getName() {
        return "api-client:" + client.id();
    }
}
