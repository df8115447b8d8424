package org.dancu.cleansing.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The records' review state as a collection of {@link ReviewItem}s: found by record, the decided ones
 * of a person, saved with the decision kept as a training label and the registered events published
 * in the caller's transaction. Not scoped: callers find the record within the officer's scope first.
 */
@Repository
class ReviewItems {

    private static final String SELECT = """
            SELECT record_id, candidate_id, probability, review_status, person_id FROM cleansing.record""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ReviewItems(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Optional<ReviewItem> findById(long recordId) {
        return jdbc.sql(SELECT + " WHERE record_id = :id").param("id", recordId).query(ReviewItems::read).optional();
    }

    /** The decided items whose candidate or chosen person is this one. */
    List<ReviewItem> decidedOn(long personId) {
        return jdbc.sql(SELECT + " WHERE (person_id = :person OR candidate_id = :person)"
                        + " AND review_status IN ('ACCEPTED', 'REJECTED', 'PICKED') ORDER BY record_id")
                .param("person", personId).query(ReviewItems::read).list();
    }

    void save(ReviewItem item) {
        jdbc.sql("""
                        UPDATE cleansing.record SET review_status = :status, person_id = :person,
                            link_source = CASE WHEN CAST(:person AS bigint) IS NULL THEN NULL ELSE 'REVIEW' END
                        WHERE record_id = :id""")
                .param("status", item.status().name()).param("person", item.personId())
                .param("id", item.recordId()).update();
        ReviewItem.Decision decision = item.decision();
        if (decision != null) {
            jdbc.sql("""
                            INSERT INTO cleansing.review_decision (record_id, action, candidate_id, chosen_id, probability, officer)
                            VALUES (:record, :action, :candidate, :chosen, :p, :officer)""")
                    .param("record", item.recordId()).param("action", decision.action().name())
                    .param("candidate", item.candidateId()).param("chosen", decision.chosenId())
                    .param("p", item.probability()).param("officer", decision.officer()).update();
        }
        item.events().forEach(events::publishEvent);
        item.saved();
    }

    private static ReviewItem read(ResultSet row, int number) throws SQLException {
        return new ReviewItem(row.getLong("record_id"), (Long) row.getObject("candidate_id"),
                (Double) row.getObject("probability"), ReviewItem.Status.valueOf(row.getString("review_status")),
                (Long) row.getObject("person_id"));
    }
}
