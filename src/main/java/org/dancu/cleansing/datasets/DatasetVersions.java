package org.dancu.cleansing.datasets;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.cleansing.QualityFigure;
import org.dancu.cleansing.figures.JdbcCleansingFigures;
import org.dancu.cleansing.figures.RecordConditions;
import org.dancu.security.CurrentStaff;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dataset's versions: a new version, loaded, replaces the current one in every figure and the
 * versions before stay as history with their own figures; a current version can be withdrawn with a
 * reason, which takes it out of the figures. Only the current version of a dataset can be replaced or
 * withdrawn.
 */
@Service
public class DatasetVersions {

    /** One version in a dataset's history, with its own figures (counted whether or not it is current). */
    public record Version(Dataset dataset, QualityFigure figure) {
    }

    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final JdbcCleansingFigures figures;
    private final AuditLedger ledger;

    DatasetVersions(JdbcClient jdbc, CurrentStaff currentStaff, JdbcCleansingFigures figures, AuditLedger ledger) {
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.figures = figures;
        this.ledger = ledger;
    }

    /** The datasets within the officer's scope whose current version a new file may replace, newest first. */
    public List<Dataset> replaceable() {
        SqlCondition scope = RecordScope.datasets(currentStaff.scope());
        return scope.bind(jdbc.sql("SELECT * FROM cleansing.dataset d WHERE loaded_at IS NOT NULL AND"
                + RecordConditions.IN_FIGURES.sql() + "AND" + scope.sql() + " ORDER BY dataset_id DESC"))
                .query(Datasets::dataset).list();
    }

    /** The dataset's current version within the officer's scope, or a refusal. */
    Dataset replaceable(long datasetId) {
        SqlCondition scope = RecordScope.datasets(currentStaff.scope());
        return scope.bind(jdbc.sql("SELECT * FROM cleansing.dataset d WHERE dataset_id = :id AND"
                        + scope.sql())).param("id", datasetId)
                .query(Datasets::dataset).optional().filter(Dataset::current)
                .orElseThrow(() -> new CleansingRefusal("cleansing.error.not-current"));
    }

    /**
     * Called in the load's transaction, before the dataset is marked loaded: a first version starts
     * its series; a new version takes the series of the version it replaces, which leaves the figures
     * now. When that version is no longer current (replaced or withdrawn since the upload) the load is
     * refused and nothing is loaded.
     */
    void takeOver(Dataset loaded) {
        if (loaded.replaces() == null) {
            jdbc.sql("UPDATE cleansing.dataset SET series_id = dataset_id, version = 1 WHERE dataset_id = :id")
                    .param("id", loaded.id()).update();
            return;
        }
        record Previous(long seriesId, int version) {
        }
        Previous previous = jdbc.sql("""
                        UPDATE cleansing.dataset d SET replaced_at = now()
                        WHERE dataset_id = :previous AND loaded_at IS NOT NULL AND""" + RecordConditions.IN_FIGURES.sql()
                        + "RETURNING series_id, version")
                .param("previous", loaded.replaces()).query(Previous.class).optional()
                .orElseThrow(() -> new CleansingRefusal("cleansing.error.not-current"));
        jdbc.sql("UPDATE cleansing.dataset SET series_id = :series, version = :version WHERE dataset_id = :id")
                .param("series", previous.seriesId()).param("version", previous.version() + 1)
                .param("id", loaded.id()).update();
    }

    /** Every loaded version of the dataset's series, newest first, each with its figures within the officer's scope. */
    public List<Version> history(Dataset dataset) {
        if (dataset.seriesId() == null) {
            return List.of();
        }
        List<Dataset> versions = jdbc.sql("""
                        SELECT * FROM cleansing.dataset WHERE series_id = :series AND loaded_at IS NOT NULL
                        ORDER BY version DESC""")
                .param("series", dataset.seriesId()).query(Datasets::dataset).list();
        SqlCondition series = new SqlCondition("d.series_id = :series", Map.of("series", dataset.seriesId()))
                .and(RecordScope.records(currentStaff.scope()));
        Map<String, QualityFigure> byVersion = figures.grouped(JdbcCleansingFigures.BY_DATASET, null, null, series)
                .stream().collect(Collectors.toMap(QualityFigure::key, figure -> figure));
        return versions.stream().map(version -> new Version(version, byVersion.getOrDefault(
                String.valueOf(version.id()), QualityFigure.none(String.valueOf(version.id()))))).toList();
    }

    /** Takes the dataset's current version out of every figure, for the reason given; audited. */
    @Transactional
    public void withdraw(Dataset dataset, String reason) {
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty() || given.length() > 500) {
            throw new CleansingRefusal("cleansing.error.withdrawal-reason");
        }
        int withdrawn = jdbc.sql("""
                        UPDATE cleansing.dataset d SET withdrawn_at = now(), withdrawn_by = :by, withdrawal_reason = :reason
                        WHERE dataset_id = :id AND loaded_at IS NOT NULL AND""" + RecordConditions.IN_FIGURES.sql())
                .param("by", currentStaff.actor().id()).param("reason", given).param("id", dataset.id()).update();
        if (withdrawn == 0) {
            throw new CleansingRefusal("cleansing.error.not-current");
        }
        ledger.record(new AuditEntry(currentStaff.actor(), "cleansing.dataset.withdraw", "dataset",
                String.valueOf(dataset.id()), null, null, Outcome.SUCCESS, given));
    }
}
