package org.dancu.national.internal;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the national database connector ({@code dancu.national.*}, {@code DANCU_NATIONAL_*}).
 * Without a base URL no connector is created.
 *
 * @param baseUrl          where the national database (or the reference simulator) answers
 * @param keyId            the province's key id there
 * @param privateKey       the province's Ed25519 private key, base64 of its PKCS#8 encoding
 * @param connectTimeout   to open a connection
 * @param requestTimeout   for one attempt, answer included
 * @param maxAttempts      attempts of one call, the first included
 * @param backoff          pause before the second attempt; doubled for each further one, with jitter
 * @param breakerThreshold failures in a row that open the circuit
 * @param breakerOpen      how long the circuit stays open before one trial call
 * @param batchSize        persons per verify-batch call of the reconciliation (at most 1,000)
 */
@Validated
@ConfigurationProperties("dancu.national")
record NationalProperties(
        @DefaultValue("") String baseUrl,
        @DefaultValue("") String keyId,
        @DefaultValue("") String privateKey,
        @DefaultValue("2s") @NotNull Duration connectTimeout,
        @DefaultValue("5s") @NotNull Duration requestTimeout,
        @DefaultValue("4") @Min(1) int maxAttempts,
        @DefaultValue("200ms") @NotNull Duration backoff,
        @DefaultValue("5") @Min(1) int breakerThreshold,
        @DefaultValue("30s") @NotNull Duration breakerOpen,
        @DefaultValue("1000") @Min(1) @Max(1000) int batchSize) {
}
