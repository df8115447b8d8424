package org.dancu.cleansing.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dancu.cleansing.datasets.StoredRecord;
import org.dancu.cleansing.figures.RecordConditions;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the review pages list and show: a record within a scope, the open records within a scope, a
 * record's verdicts and its enrichment.
 */
@Component
class ReviewQuery {

    private final JdbcClient jdbc;

    ReviewQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The record if the scope reaches it. */
    Optional<StoredRecord> visible(SqlCondition scope, long recordId) {
        return scope.bind(jdbc.sql(StoredRecord.SELECT + " WHERE r.record_id = :id AND " + scope.sql()))
                .param("id", recordId).query(StoredRecord::read).optional();
    }

    /** The open records within the scope, most probable first. */
    List<ReviewQueue.Entry> open(SqlCondition scope, int limit) {
        return scope.bind(jdbc.sql("""
                        SELECT r.record_id, r.dataset_id, d.title AS dataset_title, r.line,
                               coalesce(r.scope_commune, '') AS commune, r.probability
                        FROM cleansing.record r JOIN cleansing.dataset d ON d.dataset_id = r.dataset_id
                        WHERE r.review_status = 'OPEN' AND""" + RecordConditions.IN_FIGURES.sql() + "AND" + scope.sql() + """
                         ORDER BY r.probability DESC, r.record_id LIMIT :limit"""))
                .param("limit", limit).query(ReviewQueue.Entry.class).list();
    }

    /** The dataset's title, the link decision, the review status, the explanation and the four verdicts of a record. */
    Map<String, Object> details(long recordId) {
        return jdbc.sql("""
                        SELECT d.title, r.decision, r.review_status, r.explanation,
                               r.correct_status, r.correct_reason, r.correct_detail,
                               r.complete_status, r.complete_reason, r.complete_detail,
                               r.clean_status, r.clean_reason, r.clean_detail,
                               r.live_status, r.live_reason, r.live_detail
                        FROM cleansing.record r JOIN cleansing.dataset d ON d.dataset_id = r.dataset_id
                        WHERE r.record_id = :id""").param("id", recordId).query().singleRow();
    }

    List<ReviewQueue.Enriched> enrichment(long recordId) {
        return jdbc.sql("""
                        SELECT field, original_value, new_value, person_id, decision, enriched_by, enriched_at
                        FROM cleansing.enrichment WHERE record_id = :id ORDER BY field""")
                .param("id", recordId).query(ReviewQueue.Enriched.class).list();
    }
}
