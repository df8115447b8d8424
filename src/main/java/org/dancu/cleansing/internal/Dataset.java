package org.dancu.cleansing.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.dancu.cleansing.Sector;

/**
 * A dataset as its pages show it.
 *
 * @param evaluationFailure          message key saying why the last run failed, or null
 * @param evaluationFailureReference the reference of that failure in the log, or null
 */
public record Dataset(long id, Sector sector, String agencyCode, String title, String period, String fileName,
                      List<String> header, String mapping, String status, int rowsTotal, Integer rowsWithProblems,
                      String createdBy, OffsetDateTime createdAt, OffsetDateTime evaluatedAt,
                      String evaluation, String evaluationFailure, String evaluationFailureReference) {

    public ColumnMapping columnMapping() {
        return mapping == null ? ColumnMapping.guess(sector, header) : ColumnMapping.parse(mapping, header.size());
    }

    public boolean evaluating() {
        return "RUNNING".equals(evaluation);
    }

    public boolean loaded() {
        return "LOADED".equals(status);
    }

    /** Left unloaded past the retention: its uploaded rows are deleted and the file must be uploaded again. */
    public boolean expired() {
        return "EXPIRED".equals(status);
    }
}
