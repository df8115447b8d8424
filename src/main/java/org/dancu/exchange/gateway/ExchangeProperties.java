package org.dancu.exchange.gateway;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the gateway ({@code dancu.exchange.*}, or {@code DANCU_EXCHANGE_*}). See docs/exchange.md.
 *
 * @param window           how far a request's {@code created} may lie from the server's clock, either way
 * @param maxBody          largest body of a single verify or retrieve request, in bytes
 * @param maxBulkBody      largest body of a bulk upload, in bytes
 * @param maxBulkRows      most rows in one bulk upload
 * @param bulkChunk        rows processed and stored together; a restart repeats at most one chunk
 * @param citizenCodeTtl   how long a citizen's one-time code is valid
 * @param citizenAttempts  wrong codes accepted before the code is void
 * @param citizenCodesPerHour one-time codes one client address may ask for in an hour
 * @param citizenCodeOnScreen show a citizen's one-time code on the page instead of sending it (the demo's
 *                         simulated SMS); anyone who knows an ID could then read its access log, so the
 *                         {@code prod} profile refuses to start with it, and without it no code is issued until
 *                         a delivery channel exists
 */
@Validated
@ConfigurationProperties("dancu.exchange")
public record ExchangeProperties(
        @DefaultValue("300s") @NotNull Duration window,
        @DefaultValue("65536") @Min(1024) int maxBody,
        @DefaultValue("16777216") @Min(1024) int maxBulkBody,
        @DefaultValue("100000") @Min(1) int maxBulkRows,
        @DefaultValue("2000") @Min(1) int bulkChunk,
        @DefaultValue("5m") @NotNull Duration citizenCodeTtl,
        @DefaultValue("5") @Min(1) int citizenAttempts,
        @DefaultValue("10") @Min(1) int citizenCodesPerHour,
        @DefaultValue("false") boolean citizenCodeOnScreen) {
}
