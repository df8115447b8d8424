package org.dancu.eidsim;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a simulator is started with.
 *
 * @param port         0 for a free one
 * @param clientId     the one relying party it knows (the province's citizen login)
 * @param clientSecret that client's secret (it authenticates at the token endpoint)
 * @param redirectUris where it may send the browser back with a code, read on each authorization request
 *                     (so that they may name a port known only after the application started)
 * @param password     the demo password every person signs in with, shown on its page
 * @param codeLifetime how long a one-time code is accepted
 */
public record EidSimSettings(int port, String clientId, String clientSecret, Supplier<List<String>> redirectUris,
                             String password, Duration codeLifetime) {

    public static final Duration CODE_LIFETIME = Duration.ofMinutes(5);

    public EidSimSettings {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(redirectUris, "redirectUris");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(codeLifetime, "codeLifetime");
    }
}
