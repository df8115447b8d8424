package org.dancu.citizen.internal.login;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The e-ID provider citizens log in with ({@code dancu.citizen.eid.*}): any OpenID Connect provider, the
 * national VNeID through the province's integration platform, or the simulator. The issuer is read when
 * the first citizen logs in, not at start-up, so the application starts while the provider is down; it
 * may name {@code ${local.eid-sim.port}}, known only once the simulator listens.
 *
 * @param issuer       the provider's issuer; its discovery document is at {@code <issuer>/.well-known/openid-configuration}
 * @param clientId     this province's client id at the provider
 * @param clientSecret its secret (the client is confidential and still uses PKCE)
 * @param scopes       the scopes asked for, {@code openid} among them
 * @param claims       which ID-token claims carry the personal ID, the full name, the birth date and the level
 */
@Validated
@ConfigurationProperties("dancu.citizen.eid")
record EidProperties(@NotBlank String issuer, @NotBlank String clientId, @NotBlank String clientSecret,
                     @NotEmpty List<String> scopes, @Valid Claims claims) {

    /** The ID token's claim names; the level claim holds 1 or 2. */
    record Claims(@NotBlank String pin, @NotBlank String name, @NotBlank String birthDate, @NotBlank String level) {
    }
}
