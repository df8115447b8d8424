package org.dancu.results.seal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.dancu.results.ResultStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published status lists: gives each new result a random free entry (so neighbouring entries say nothing about
 * each other), sets an entry's bits when its result is revoked or superseded, and reads a list for publication.
 */
@Component
public class StatusLists {

    static final int DRAWS = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    StatusLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A free entry for a new result, drawn at random in the newest list: its status index. Taken in the issuer's
     * transaction (an issue that fails gives it back) with no shared counter, so issuers do not queue on one row.
     * When {@value #DRAWS} draws in a row hit taken entries the list is full enough (at half full that happens once in
     * 256 issues, at 80 % once in 6) and the next list opens.
     */
    @Transactional
    public int allocate() {
        int list = newestList();
        while (true) {
            for (int draw = 0; draw < DRAWS; draw++) {
                int position = RANDOM.nextInt(StatusList.ENTRIES);
                int taken = jdbc.sql("""
                        INSERT INTO results.status_entry (list_id, position) VALUES (:list, :position)
                        ON CONFLICT DO NOTHING""").param("list", list).param("position", position).update();
                if (taken == 1) {
                    return list * StatusList.ENTRIES + position;
                }
            }
            list = open(list + 1);
        }
    }

    /** The list being filled; the first one on first use. */
    private int newestList() {
        return jdbc.sql("SELECT list_id FROM results.status_list ORDER BY list_id DESC LIMIT 1").query(Integer.class).optional()
                .orElseGet(() -> open(0));
    }

    /** Opens list {@code list} (two issuers may both do so: one adds it). */
    private int open(int list) {
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
