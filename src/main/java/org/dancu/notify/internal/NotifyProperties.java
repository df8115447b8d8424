package org.dancu.notify.internal;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox's settings ({@code dancu.notify.*}, docs/notify.md).
 *
 * @param batchSize messages the dispatcher claims at once
 * @param retry     back-off between attempts and when to give up
 * @param rate      the per-recipient limit of SMS and e-mails
 * @param sms       the SMS gateway
 * @param mailFrom  the sender of e-mails (the SMTP server itself is Spring's {@code spring.mail.*})
 */
@Validated
@ConfigurationProperties("dancu.notify")
record NotifyProperties(
        @DefaultValue("200") @Min(1) int batchSize,
        @DefaultValue @Valid @NotNull RetryPolicy retry,
        @DefaultValue @Valid @NotNull RateLimit rate,
        @DefaultValue @Valid @NotNull Sms sms,
        @DefaultValue("no-reply@dancu.invalid") @NotNull String mailFrom) {

    /**
     * The gateway's URL, {@code dancu.notify.sms.gateway-url}, is read by {@link SmsDelivery} as it sends,
     * not bound here: the demo's simulated gateway is addressed on the server's own port
     * ({@code local.server.port}), known only once the server listens.
     *
     * @param apiKey the bearer token the gateway expects
     */
    record Sms(@DefaultValue("") String apiKey,
               @DefaultValue("10s") @NotNull Duration timeout) {
    }
}
