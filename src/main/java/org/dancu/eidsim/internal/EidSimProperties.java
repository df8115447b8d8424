package org.dancu.eidsim.internal;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The simulator's settings inside the application ({@code dancu.eid-sim.*}).
 *
 * @param enabled      whether this server runs the simulated provider (the demo and the tests; never production)
 * @param port         its own port; 0 for a free one, published as {@code local.eid-sim.port}
 * @param clientId     the relying party it knows: the citizen login's client id
 * @param clientSecret that client's secret
 * @param password     everyone's password at the simulated provider, shown on its sign-in page
 * @param redirectUris where it may send a browser back, placeholders resolved on each request
 *                     (so {@code ${local.server.port}} names the port the application got)
 */
@Validated
@ConfigurationProperties("dancu.eid-sim")
record EidSimProperties(@DefaultValue("false") boolean enabled,
                        @DefaultValue("8089") int port,
                        @NotBlank String clientId,
                        @NotBlank String clientSecret,
                        @NotBlank String password,
                        List<String> redirectUris) {
}
