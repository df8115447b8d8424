package org.dancu.cleansing.datasets;

import java.time.OffsetDateTime;
import java.util.List;

import org.dancu.cleansing.Sector;
import org.dancu.cleansing.SectorField;
import org.dancu.tabular.ColumnMapping;

/**
 * A dataset as its pages show it: one version of a series (docs/cleansing.md, "Versions").
 *
 * @param evaluationFailure          message key saying why the last run failed, or null
 * @param evaluationFailureReference the reference of that failure in the log, or null
 * @param seriesId                   the first version's id, from the load on (null before)
 * @param replaces                   the version this upload replaces at its load, or null
 * @param replacedAt                 when a later version replaced this one, or null
 */
public record Dataset(long id, Sector sector, String agencyCode, String title, String period, String fileName,
                      List<String> header, String mapping, String status, int rowsTotal, Integer rowsWithProblems,
                      String createdBy, OffsetDateTime createdAt, OffsetDateTime evaluatedAt,
                      String evaluation, String evaluationFailure, String evaluationFailureReference,
                      OffsetDateTime loadedAt, Long seriesId, int version, Long replaces, OffsetDateTime replacedAt,
                      OffsetDateTime withdrawnAt, String withdrawnBy, String withdrawalReason) {

    /** The mapping of the last dry run, or the one the header suggests before it. */
    public ColumnMapping<SectorField> columnMapping() {
        return mapping == null ? ColumnMapping.suggest(sector, header) : ColumnMapping.decode(sector, mapping);
    }

    /** This dataset read through the mapping an officer chose, for its dry run. */
    public Dataset mappedBy(ColumnMapping<SectorField> chosen) {
        return new Dataset(id, sector, agencyCode, title, period, fileName, header, chosen.encode(), status,
                rowsTotal, rowsWithProblems, createdBy, createdAt, evaluatedAt, evaluation, evaluationFailure,
                evaluationFailureReference, loadedAt, seriesId, version, replaces, replacedAt, withdrawnAt,
                withdrawnBy, withdrawalReason);
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

    /** Where the version stands, for its message key {@code cleansing.version.<state>}. */
    public String versionState() {
        if (!loaded()) {
            return "NOT_LOADED";
        }
        return withdrawnAt != null ? "WITHDRAWN" : replacedAt != null ? "REPLACED" : "CURRENT";
    }

    /** Loaded, neither replaced by a later version nor withdrawn: its records count in the figures. */
    public boolean current() {
        return loaded() && replacedAt == null && withdrawnAt == null;
    }
}
