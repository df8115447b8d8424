package org.dancu.notify.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dancu.civil.Pin;
import org.dancu.notify.InboxMessage;
import org.dancu.notify.MessageId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox's bulk reads: the dispatcher's claim, what is left to send, the rate limit's counts, the inbox. */
@Component
class OutboxQuery {

    private final JdbcClient jdbc;

    OutboxQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Due messages, oldest first, locked for the caller's transaction; rows another dispatcher holds are
     * skipped rather than waited for.
     */
    List<Long> lockDue(int limit, Instant now) {
        return jdbc.sql("""
                        SELECT id FROM notify.message
                         WHERE state IN ('QUEUED', 'RETRYING') AND next_attempt_at <= :now
                         ORDER BY next_attempt_at, id
                         LIMIT :limit
                           FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** Messages claimed and not confirmed: at a dispatcher's start, left by one that stopped. */
    List<Long> claimed() {
        return jdbc.sql("SELECT id FROM notify.message WHERE state = 'SENDING' FOR UPDATE")
                .query(Long.class)
                .list();
    }

    /** When the next queued or retrying message falls due, if any is left. */
    Optional<Instant> nextDue() {
        return jdbc.sql("SELECT min(next_attempt_at) FROM notify.message WHERE state IN ('QUEUED', 'RETRYING')")
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    long unfinished() {
        return jdbc.sql("SELECT count(*) FROM notify.message WHERE state IN ('QUEUED', 'RETRYING', 'SENDING')")
                .query(Long.class)
                .single();
    }

    /** SMS and e-mails sent to these citizens since {@code since}, by {@link Message#rateKey()}. */
    Map<String, Integer> sentSince(Collection<String> pins, Instant since) {
        Map<String, Integer> counts = new HashMap<>();
        if (pins.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        SELECT recipient_pin, channel, count(*) AS sent FROM notify.message
                         WHERE recipient_pin = ANY(:pins) AND channel IN ('SMS', 'EMAIL')
                           AND state = 'SENT' AND sent_at >= :since
                         GROUP BY recipient_pin, channel""")
                .param("pins", pins.toArray(String[]::new))
                .param("since", Timestamp.from(since))
                .query(rs -> {
                    counts.put("c" + rs.getString("recipient_pin") + ":" + rs.getString("channel"), rs.getInt("sent"));
                });
        return counts;
    }

    List<InboxMessage> inbox(Pin citizen, int limit) {
        return jdbc.sql("""
                        SELECT id, subject, body, created_at FROM notify.message
                         WHERE recipient_pin = :pin AND channel = 'INBOX' AND state = 'SENT'
                         ORDER BY created_at DESC, id DESC
                         LIMIT :limit""")
                .param("pin", citizen.value())
                .param("limit", limit)
                .query((rs, n) -> new InboxMessage(new MessageId(rs.getLong("id")), rs.getString("subject"),
                        rs.getString("body"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
