package org.dancu.cleansing.datasets;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.dancu.cleansing.QualityFigure;
import org.dancu.cleansing.Sector;
import org.dancu.cleansing.evaluation.Evaluation;
import org.dancu.cleansing.figures.JdbcCleansingFigures;
import org.dancu.cleansing.figures.RecordList;
import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.Localities;
import org.dancu.locality.Resolution;
import org.dancu.security.CurrentStaff;
import org.dancu.security.SqlCondition;
import org.dancu.security.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the dataset and figures pages show, always within the officer's scope: figures, the count of
 * each reason, and the records behind them (line, commune, link and verdicts; no personal values,
 * which only the audited record page shows).
 */
@Service
public class DatasetRecords {

    /** A record in the drill-down list. */
    public record Row(long recordId, long datasetId, String datasetTitle, int line, String commune, String decision,
                      String linkSource, String reviewStatus, String correctStatus, String correctReason,
                      String completeStatus, String completeReason, String cleanStatus, String cleanReason,
                      String liveStatus, String liveReason, boolean reopened) {
    }

    /**
     * One page of a drill-down list: the rows, how many records the whole list holds (the figure it
     * drills from), and the last record on the page, from which the next page starts (null on the last).
     */
    public record Page(List<Row> rows, long total, Long nextAfter) {
    }

    /** How many records got a reason on a criterion. */
    public record ReasonCount(String criterion, String status, String reason, long records) {
    }



    static final int PAGE = 100;

    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final JdbcCleansingFigures figures;
    private final EvaluationJobs runs;
    private final Localities localities;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    DatasetRecords(JdbcClient jdbc, CurrentStaff currentStaff, JdbcCleansingFigures figures, EvaluationJobs runs,
                   Localities localities) {
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.figures = figures;
        this.runs = runs;
        this.localities = localities;
    }

    public boolean startEvaluation(long datasetId) {
        return runs.start(datasetId, currentStaff.principal().map(StaffPrincipal::getUsername)
                .orElse(Evaluation.SYSTEM));
    }

    /** The dataset version's figures within the officer's scope, whether or not the version is current. */
    public QualityFigure figure(long datasetId) {
        SqlCondition dataset = new SqlCondition("d.dataset_id = :dataset", Map.of("dataset", datasetId))
                .and(RecordScope.records(currentStaff.scope()));
        List<QualityFigure> found = figures.grouped(JdbcCleansingFigures.BY_DATASET, null, null, dataset);
        return found.isEmpty() ? QualityFigure.none(String.valueOf(datasetId)) : found.get(0);
    }

    public List<QualityFigure> bySector(String period) {
        return figures.grouped(JdbcCleansingFigures.BY_SECTOR, null, period, currentStaff.scope());
    }

    public List<QualityFigure> byAgency(Sector sector, String period) {
        return figures.grouped(JdbcCleansingFigures.BY_AGENCY, sector, period, currentStaff.scope());
    }

    public List<QualityFigure> byCommune(Sector sector, String period) {
        List<QualityFigure> found = figures.grouped(JdbcCleansingFigures.BY_COMMUNE, sector, period,
                currentStaff.scope());
        found.forEach(figure -> communeName(figure.key()));
        return found;
    }

    /** The commune's full name, or the code when no unit carries it (kept only when one does: codes come from requests). */
    public String communeName(String code) {
        String known = names.get(code);
        if (known != null) {
            return known;
        }
        return localities.resolve(code).map(Resolution::unit).map(AdministrativeUnit::fullName)
                .map(name -> {
                    names.put(code, name);
                    return name;
                }).orElse(code);
    }

    /** Commune code → full name, for the communes the figures have named so far. */
    public Map<String, String> communeNames() {
        return names;
    }

    /** The dataset's records in scope that have no verdicts yet (never evaluated, or the run failed). */
    public long notEvaluated(long datasetId) {
        SqlCondition scope = RecordScope.records(currentStaff.scope());
        return scope.bind(jdbc.sql("""
                        SELECT count(*) FROM cleansing.record r JOIN cleansing.dataset d ON d.dataset_id = r.dataset_id
                        WHERE r.dataset_id = :dataset AND r.evaluated_at IS NULL AND""" + scope.sql()))
                .param("dataset", datasetId).query(Long.class).single();
    }

    public List<ReasonCount> reasons(long datasetId) {
        SqlCondition scope = RecordScope.records(currentStaff.scope());
        return scope.bind(jdbc.sql("""
                        SELECT c.criterion, c.status, c.reason, count(*) AS records
                        FROM cleansing.record r JOIN cleansing.dataset d ON d.dataset_id = r.dataset_id
                        CROSS JOIN LATERAL (VALUES ('correct', r.correct_status, r.correct_reason),
                            ('complete', r.complete_status, r.complete_reason), ('clean', r.clean_status, r.clean_reason),
                            ('live', r.live_status, r.live_reason)) AS c(criterion, status, reason)
                        WHERE r.dataset_id = :dataset AND c.status IS NOT NULL AND """ + scope.sql() + """
                         GROUP BY 1, 2, 3 ORDER BY 1, 2, 4 DESC"""))
                .param("dataset", datasetId).query(ReasonCount.class).list();
    }

    /**
     * A page of the records a figure counts, within the officer's scope, in the order they were loaded:
     * the page after the record {@code after} (null: the first page). The same condition selects the
     * page and counts the total.
     */
    public Page list(RecordList list, Long after) {
        SqlCondition condition = list.condition().and(RecordScope.records(currentStaff.scope()));
        String from = " FROM cleansing.record r JOIN cleansing.dataset d ON d.dataset_id = r.dataset_id WHERE"
                + condition.sql();
        long total = condition.bind(jdbc.sql("SELECT count(*)" + from)).query(Long.class).single();
        List<Row> rows = condition.bind(jdbc.sql("""
                        SELECT r.record_id, r.dataset_id, d.title AS dataset_title, r.line,
                               coalesce(r.scope_commune, '') AS commune, r.decision, r.link_source,
                               r.review_status, r.correct_status, r.correct_reason, r.complete_status,
                               r.complete_reason, r.clean_status, r.clean_reason, r.live_status, r.live_reason,
                               r.reopened_at IS NOT NULL AS reopened""" + from
                        + " AND r.record_id > :after ORDER BY r.record_id LIMIT " + (PAGE + 1)))
                .param("after", after == null ? 0L : after).query(Row.class).list();
        return rows.size() > PAGE ? new Page(rows.subList(0, PAGE), total, rows.get(PAGE - 1).recordId())
                : new Page(rows, total, null);
    }
}
