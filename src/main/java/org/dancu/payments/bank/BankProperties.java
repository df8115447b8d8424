package org.dancu.payments.bank;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How payments reaches the paying banks ({@code dancu.payments.bank.*}, {@code DANCU_PAYMENTS_BANK_*}).
 *
 * @param baseUrl        where the banks' protocol answers (NAPAS's gateway, or the bank simulator); read on each
 *                       call, so it may name {@code ${local.bank-sim.port}}, known only once the simulator listens
 * @param keyId          the province's key id at the banks
 * @param privateKey     the province's Ed25519 private key, base64 of its PKCS#8 encoding; empty: a key made for this
 *                       run only, whose public half the simulator inside the application is given (demo, tests)
 * @param connectTimeout to open a connection
 * @param requestTimeout for one attempt, answer included
 * @param maxAttempts    attempts to hand over one file, the first included (the bank keeps a file once by its id)
 * @param backoff        pause between two attempts
 */
@Validated
@ConfigurationProperties("dancu.payments.bank")
record BankProperties(
        @DefaultValue("") String baseUrl,
        @DefaultValue("province-11") String keyId,
        @DefaultValue("") String privateKey,
        @DefaultValue("2s") @NotNull Duration connectTimeout,
        @DefaultValue("10s") @NotNull Duration requestTimeout,
        @DefaultValue("3") @Min(1) int maxAttempts,
        @DefaultValue("500ms") @NotNull Duration backoff) {
}
