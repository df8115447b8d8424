package org.dancu.results.seal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
     * Free entries for {@code count} new results, drawn at random in the newest list: their status indexes. Taken in
     * the issuer's transaction (an issue that fails gives them back) with no shared counter, so issuers do not queue on
     * one row; the draws of a round go to the database in one statement. When {@value #DRAWS} rounds in a row leave
     * a result's entry taken the list is full enough (at half full that happens once in 256 results, at 80 % once in
     * 6) and the next list opens for the rest.
     */
    @Transactional
    public List<Integer> allocate(int count) {
        List<Integer> entries = new ArrayList<>(count);
        int list = newestList();
        while (true) {
            for (int round = 0; round < DRAWS; round++) {
                for (int position : draw(list, count - entries.size())) {
                    entries.add(list * StatusList.ENTRIES + position);
                }
                if (entries.size() == count) {
                    return entries;
                }
            }
            list = open(list + 1);
        }
    }

    /** Tries {@code count} distinct random positions of the list; answers those that were free and are now taken. */
    private List<Integer> draw(int list, int count) {
        Set<Integer> positions = new HashSet<>();
        while (positions.size() < count) {
            positions.add(RANDOM.nextInt(StatusList.ENTRIES));
        }
        return jdbc.sql("""
                        INSERT INTO results.status_entry (list_id, position)
                        SELECT :list, position FROM unnest(CAST(:positions AS integer[])) AS position
                        ON CONFLICT DO NOTHING RETURNING position""")
                .param("list", list).param("positions", positions.toArray(Integer[]::new)).query(Integer.class).list();
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
    public List<Integer> ids() {
        return jdbc.sql("SELECT list_id FROM results.status_list ORDER BY list_id").query(Integer.class).list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toInstant();
    }
}
