package org.dancu.smssim.internal;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The simulated gateway's settings ({@code dancu.sms-sim.*}).
 *
 * @param enabled whether this server runs the simulated gateway (the demo and the tests; never production)
 * @param apiKey  the bearer token it expects from the SMS adapter
 */
@Validated
@ConfigurationProperties("dancu.sms-sim")
record SmsSimProperties(@DefaultValue("false") boolean enabled,
                        @DefaultValue("simulated-gateway-key") @NotBlank String apiKey) {
}
