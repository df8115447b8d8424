package org.dancu.audit.internal;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the audit ledger ({@code dancu.audit.*}, or {@code DANCU_AUDIT_*} in the
 * environment). See docs/audit.md.
 *
 * @param allowOwnerRole accept an application role that could rewrite the ledger (it owns the
 *                       table, or still holds UPDATE or DELETE on it); off, such a set-up refuses to start
 * @param queueCapacity  entries waiting for the writer before callers are held back
 * @param maxBatchSize   entries committed together in one transaction at most
 * @param enqueueTimeout how long a caller waits for room in a full queue before its action fails
 * @param commitTimeout  how long a caller waits for its entry to be committed before its action fails
 * @param pageSize       entries on one page of the auditor's view
 * @param signingKeyFile the Ed25519 key that signs the chain's head, base64 PKCS#8, outside the database's
 *                       directory; its public key is read from the same path with {@code .pub}; blank keeps a
 *                       generated key in memory (tests)
 * @param generateSigningKey make the signing key (and its public key) when the file does not exist yet
 * @param anonymousRefusalsPerWindow refusals of one kind to one unauthenticated client recorded singly in a
 *                       window; the rest of the window's are counted into one summary entry
 * @param refusalWindow  the length of that window
 */
@Validated
@ConfigurationProperties("dancu.audit")
public record AuditProperties(
        @DefaultValue("false") boolean allowOwnerRole,
        @DefaultValue("10000") @Min(1) int queueCapacity,
        @DefaultValue("1000") @Min(1) @Max(10000) int maxBatchSize,
        @DefaultValue("5s") @NotNull Duration enqueueTimeout,
        @DefaultValue("30s") @NotNull Duration commitTimeout,
        @DefaultValue("50") @Min(1) @Max(500) int pageSize,
        @DefaultValue("") @NotNull String signingKeyFile,
        @DefaultValue("true") boolean generateSigningKey,
        @DefaultValue("10") @Min(1) int anonymousRefusalsPerWindow,
        @DefaultValue("1m") @NotNull Duration refusalWindow) {
}
