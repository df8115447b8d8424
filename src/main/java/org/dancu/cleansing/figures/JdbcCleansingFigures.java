package org.dancu.cleansing.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.dancu.cleansing.CleansingFigures;
import org.dancu.cleansing.Criterion;
import org.dancu.cleansing.QualityFigure;
import org.dancu.cleansing.Sector;
import org.dancu.cleansing.datasets.RecordScope;
import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures summed in SQL over the stored verdicts; the page's version restricts them to the officer's scope.
 * Each count is one of {@link RecordConditions}' conditions, the very ones the drill-down lists select
 * records with, so a figure and its list cannot disagree.
 */
@Component
public class JdbcCleansingFigures implements CleansingFigures {

    private static final String SUMS = "count(*) AS records, "
            + "count(*) FILTER (WHERE" + RecordConditions.meets(Criterion.CORRECT).sql() + ") AS correct, "
            + "count(*) FILTER (WHERE" + RecordConditions.meets(Criterion.COMPLETE).sql() + ") AS complete, "
            + "count(*) FILTER (WHERE" + RecordConditions.meets(Criterion.CLEAN).sql() + ") AS clean, "
            + "count(*) FILTER (WHERE" + RecordConditions.meets(Criterion.LIVE).sql() + ") AS live, "
            + "count(*) FILTER (WHERE" + RecordConditions.ALL_FOUR.sql() + ") AS all_four, "
            + """
            count(*) FILTER (WHERE r.link_source = 'AUTOMATIC') AS automatic,
            count(*) FILTER (WHERE r.link_source = 'REVIEW') AS reviewed
            FROM cleansing.record r JOIN cleansing.dataset d ON d.dataset_id = r.dataset_id
            WHERE""" + RecordConditions.EVALUATED.sql() + """
              AND (CAST(:sector AS text) IS NULL OR d.sector = :sector)
              AND (CAST(:period AS text) IS NULL OR d.period = :period)""";

    public static final String BY_COMMUNE = "coalesce(r.scope_commune, '')";
    public static final String BY_SECTOR = "d.sector";
    public static final String BY_AGENCY = "d.agency_code";
    public static final String BY_DATASET = "CAST(d.dataset_id AS text)";

    private final JdbcClient jdbc;

    JdbcCleansingFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<QualityFigure> byCommune(Sector sector, String period) {
        return grouped(BY_COMMUNE, sector, period, RecordConditions.IN_FIGURES);
    }

    @Override
    public List<QualityFigure> bySector(String period) {
        return grouped(BY_SECTOR, null, period, RecordConditions.IN_FIGURES);
    }

    @Override
    public List<QualityFigure> byAgency(Sector sector, String period) {
        return grouped(BY_AGENCY, sector, period, RecordConditions.IN_FIGURES);
    }

    @Override
    public QualityFigure ofDataset(long datasetId) {
        return jdbc.sql("SELECT CAST(:dataset AS text) AS key, " + SUMS + " AND d.dataset_id = :dataset")
                .param("dataset", datasetId).param("sector", null).param("period", null)
                .query(JdbcCleansingFigures::figure).single();
    }

    /**
     * Grouped figures of the current versions within an officer's scope, for the figures page:
     * replaced and withdrawn versions are in no figure.
     */
    public List<QualityFigure> grouped(String groupExpression, Sector sector, String period, Scope scope) {
        return grouped(groupExpression, sector, period, RecordConditions.IN_FIGURES.and(RecordScope.records(scope)));
    }

    /** Grouped figures of the records meeting the condition, whatever version they belong to. */
    public List<QualityFigure> grouped(String groupExpression, Sector sector, String period, SqlCondition condition) {
        String sql = "SELECT " + groupExpression + " AS key, " + SUMS + " AND " + condition.sql()
                + " GROUP BY 1 ORDER BY 1";
        return condition.bind(jdbc.sql(sql).param("sector", sector == null ? null : sector.name())
                .param("period", period)).query(JdbcCleansingFigures::figure).list();
    }

    private static QualityFigure figure(ResultSet row, int number) throws SQLException {
        return new QualityFigure(row.getString("key"), row.getLong("records"), row.getLong("correct"),
                row.getLong("complete"), row.getLong("clean"), row.getLong("live"), row.getLong("all_four"),
                row.getLong("automatic"), row.getLong("reviewed"));
    }
}
