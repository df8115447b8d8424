package org.dancu.results.seal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.dancu.results.ResultStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published status lists: gives each new result a random free entry (so neighbouring entries say nothing about
 * each other), sets an entry's bits when its result is revoked or superseded, and reads a list for publication. A
 * list is filled to {@value #FILL_PERCENT} % before the next one opens, so a free entry is found in a few draws.
 */
@Component
public class StatusLists {

    static final int FILL_PERCENT = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    StatusLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A free entry for a new result, drawn at random in the list being filled: its status index. Given out in a
     * transaction of its own, so issuers do not wait on each other's commits; an issue that fails after leaves its
     * entry unused.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int allocate() {
        int list = openList();
        while (true) {
            int position = RANDOM.nextInt(StatusList.ENTRIES);
            int taken = jdbc.sql("""
                    INSERT INTO results.status_entry (list_id, position) VALUES (:list, :position)
                    ON CONFLICT DO NOTHING""").param("list", list).param("position", position).update();
            if (taken == 1) {
                jdbc.sql("UPDATE results.status_list SET allocated = allocated + 1 WHERE list_id = :list")
                        .param("list", list).update();
                return list * StatusList.ENTRIES + position;
            }
        }
    }

    /** The list being filled; a new one when the last is full enough (two issuers may both see it so: one adds it). */
    private int openList() {
        Optional<int[]> last = jdbc.sql("""
                SELECT list_id, allocated FROM results.status_list ORDER BY list_id DESC LIMIT 1""")
                .query((rs, row) -> new int[] {rs.getInt("list_id"), rs.getInt("allocated")}).optional();
        if (last.isPresent() && last.get()[1] < StatusList.ENTRIES / 100 * FILL_PERCENT) {
            return last.get()[0];
        }
        int list = last.map(each -> each[0] + 1).orElse(0);
        jdbc.sql("""
                INSERT INTO results.status_list (list_id, bits, updated_at) VALUES (:list, :bits, now())
                ON CONFLICT DO NOTHING""").param("list", list).param("bits", new byte[StatusList.BYTES]).update();
        return list;
    }

    /** Marks the entry revoked or superseded; the list's time moves on so checkers see it is newer. */
    @Transactional
    public void mark(int statusIndex, ResultStatus status) {
        jdbc.sql("""
                UPDATE results.status_list SET bits = set_bit(bits, :bit, 1), updated_at = now()
                WHERE list_id = :list""")
                .param("bit", StatusList.postgresBit(statusIndex, StatusList.offsetOf(status)))
                .param("list", StatusList.listOf(statusIndex)).update();
    }

    public Optional<StatusList> list(int listId) {
        return jdbc.sql("SELECT bits, updated_at FROM results.status_list WHERE list_id = :list")
                .param("list", listId)
                .query((rs, row) -> new StatusList(listId, rs.getBytes("bits"), instant(rs.getTimestamp("updated_at"))))
                .optional();
    }

    /** Every list published so far, by id. */
    public java.util.List<Integer> ids() {
        return jdbc.sql("SELECT list_id FROM results.status_list ORDER BY list_id").query(Integer.class).list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
