package org.dancu.national.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.dancu.national.FeedStatus;
import org.dancu.national.NationalChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The change feed's cursor and counters ({@code national.feed}) and the changes skipped. */
@Repository
class FeedStore {

    private final JdbcClient jdbc;

    FeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    FeedStatus status() {
        return jdbc.sql("SELECT cursor, applied, skipped, polled_at, caught_up_at FROM national.feed WHERE feed_id = 1")
                .query((rs, i) -> new FeedStatus(rs.getLong(1), rs.getLong(2), rs.getLong(3), instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5))))
                .single();
    }

    /** Moves the cursor past a change, counting it applied, or skipped with the reason (a message key). */
    @Transactional
    void taken(NationalChange change, Long personId, String skipReason) {
        jdbc.sql("UPDATE national.feed SET cursor = :cursor, applied = applied + :applied, skipped = skipped + :skipped"
                        + " WHERE feed_id = 1")
                .param("cursor", change.sequence()).param("applied", skipReason == null ? 1 : 0)
                .param("skipped", skipReason == null ? 0 : 1).update();
        if (skipReason != null) {
            jdbc.sql("INSERT INTO national.feed_skip (sequence, kind, person_id, reason) VALUES (:seq, :kind, :person, :reason)"
                            + " ON CONFLICT DO NOTHING")
                    .param("seq", change.sequence()).param("kind", change.kind()).param("person", personId)
                    .param("reason", skipReason).update();
        }
    }

    /** Skipped changes counted by reason (a message key): totals only, no person. */
    Map<String, Long> skippedByReason() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT reason, count(*) FROM national.feed_skip GROUP BY reason ORDER BY count(*) DESC, reason")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    void polled(boolean caughtUp) {
        jdbc.sql("UPDATE national.feed SET polled_at = now()" + (caughtUp ? ", caught_up_at = now()" : "")
                + " WHERE feed_id = 1").update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
