package org.dancu.exchange.bulk;

import java.time.Instant;
import java.util.UUID;

/** A bulk verification as its status page shows it. */
public record BulkJob(UUID jobId, String partnerCode, String purpose, String endUser, String caseRef,
               String requestDigest, int totalRows, int cursorRow, String status, Instant createdAt,
               Instant finishedAt) {
}
