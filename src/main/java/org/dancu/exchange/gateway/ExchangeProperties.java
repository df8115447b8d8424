package org.dancu.exchange.gateway;

import java.time.Duration;
import java.time.Period;

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
 * @param consentLongest   how far ahead a consent may run: a later "valid until" is refused
 */
@Validated
@ConfigurationProperties("dancu.exchange")
public record ExchangeProperties(
        @DefaultValue("300s") @NotNull Duration window,
        @DefaultValue("65536") @Min(1024) int maxBody,
        @DefaultValue("16777216") @Min(1024) int maxBulkBody,
        @DefaultValue("100000") @Min(1) int maxBulkRows,
        @DefaultValue("2000") @Min(1) int bulkChunk,
        @DefaultValue("5y") @NotNull Period consentLongest) {
}
