package org.dancu.cleansing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.dancu.cleansing.CleansingFigures;
import org.dancu.cleansing.QualityFigure;
import org.dancu.cleansing.Sector;
import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures summed in SQL over the stored verdicts; the page's version restricts them to the officer's scope.
 * Only evaluated records count: a record whose evaluation never ran or failed has no verdict, and
 * counting it would show it as failing every criterion.
 */
@Component
class JdbcCleansingFigures implements CleansingFigures {

    /** The records that have verdicts; the others are in no figure. */
    static final SqlCondition EVALUATED = new SqlCondition("r.evaluated_at IS NOT NULL", Map.of());

    private static final String SUMS = """
            count(*) AS records,
            count(*) FILTER (WHERE r.correct_status = 'OK') AS correct,
            count(*) FILTER (WHERE r.complete_status = 'OK') AS complete,
            count(*) FILTER (WHERE r.clean_status = 'OK') AS clean,
            count(*) FILTER (WHERE r.live_status = 'OK') AS live,
            count(*) FILTER (WHERE r.link_source = 'AUTOMATIC') AS automatic,
            count(*) FILTER (WHERE r.link_source = 'REVIEW') AS reviewed
            FROM cleansing.record r JOIN cleansing.dataset d ON d.dataset_id = r.dataset_id
            WHERE""" + EVALUATED.sql() + """
              AND (CAST(:sector AS text) IS NULL OR d.sector = :sector)
              AND (CAST(:period AS text) IS NULL OR d.period = :period)""";

    static final String BY_COMMUNE = "coalesce(r.scope_commune, '')";
    static final String BY_SECTOR = "d.sector";
    static final String BY_AGENCY = "d.agency_code";

    private final JdbcClient jdbc;

    JdbcCleansingFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<QualityFigure> byCommune(Sector sector, String period) {
        return grouped(BY_COMMUNE, sector, period, null);
    }

    @Override
    public List<QualityFigure> bySector(String period) {
        return grouped(BY_SECTOR, null, period, null);
    }

    @Override
    public List<QualityFigure> byAgency(Sector sector, String period) {
        return grouped(BY_AGENCY, sector, period, null);
    }

    @Override
    public QualityFigure ofDataset(long datasetId) {
        return jdbc.sql("SELECT CAST(:dataset AS text) AS key, " + SUMS + " AND d.dataset_id = :dataset")
                .param("dataset", datasetId).param("sector", null).param("period", null)
                .query(JdbcCleansingFigures::figure).single();
    }

    /** Grouped figures within an officer's scope (null: everything), for the figures page. */
    List<QualityFigure> grouped(String groupExpression, Sector sector, String period, Scope scope) {
        SqlCondition condition = scope == null ? null : RecordScope.records(scope);
        String sql = "SELECT " + groupExpression + " AS key, " + SUMS
                + (condition == null ? "" : " AND " + condition.sql())
                + " GROUP BY 1 ORDER BY 1";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("sector", sector == null ? null : sector.name())
                .param("period", period);
        return (condition == null ? statement : condition.bind(statement)).query(JdbcCleansingFigures::figure).list();
    }

    private static QualityFigure figure(ResultSet row, int number) throws SQLException {
        return new QualityFigure(row.getString("key"), row.getLong("records"), row.getLong("correct"),
                row.getLong("complete"), row.getLong("clean"), row.getLong("live"), row.getLong("automatic"),
                row.getLong("reviewed"));
    }
}
