package org.dancu.results.digitising;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lists the digitising pages show, each within the officer's scope (in SQL): batches with their
 * progress, a batch's refused pages, and the queue of records in a state.
 */
@Component
class DigitisingQuery {

    private static final String BATCH = """
            SELECT b.batch_id, b.commune_code, b.register_book, b.record_type, b.uploaded_at, b.pages, b.job_id,
                   (SELECT count(*) FROM results.digitising_page p WHERE p.batch_id = b.batch_id AND p.read_at IS NOT NULL),
                   (SELECT count(*) FROM results.digitising_page p WHERE p.batch_id = b.batch_id AND p.problem IS NOT NULL),
                   (SELECT count(*) FROM results.digitising_record r WHERE r.batch_id = b.batch_id AND r.state <> 'ISSUED'),
                   (SELECT count(*) FROM results.digitising_record r WHERE r.batch_id = b.batch_id AND r.state = 'ISSUED')
            FROM results.digitising_batch b""";

    private final JdbcClient jdbc;

    DigitisingQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest batches of the scope's communes, newest first. */
    List<BatchRow> batches(Scope scope, int limit) {
        SqlCondition inScope = scope.communes("b.commune_code");
        return inScope.bind(jdbc.sql(BATCH + " WHERE" + inScope.sql() + " ORDER BY b.uploaded_at DESC, b.batch_id DESC"
                        + " LIMIT :limit"))
                .param("limit", limit).query((rs, i) -> batchRow(rs)).list();
    }

    Optional<BatchRow> batch(Scope scope, long batchId) {
        SqlCondition inScope = scope.communes("b.commune_code");
        return inScope.bind(jdbc.sql(BATCH + " WHERE b.batch_id = :id AND" + inScope.sql()))
                .param("id", batchId).query((rs, i) -> batchRow(rs)).optional();
    }

    /** The pages of a batch OCR could not take, with why. */
    List<RefusedPage> refusedPages(long batchId) {
        return jdbc.sql("SELECT number, problem FROM results.digitising_page WHERE batch_id = :batch"
                        + " AND problem IS NOT NULL ORDER BY number")
                .param("batch", batchId).query((rs, i) -> new RefusedPage(rs.getInt(1), rs.getString(2))).list();
    }

    /** The scope's records in a state, oldest first: one role's queue. */
    List<QueueRow> queue(Scope scope, RecordState state, int limit) {
        SqlCondition inScope = scope.communes("r.commune_code");
        return inScope.bind(jdbc.sql("""
                        SELECT r.record_id, b.register_book, p.number, r.record_type, r.reasons, r.first_by, r.second_by,
                               r.corrected, r.updated_at
                        FROM results.digitising_record r
                        JOIN results.digitising_batch b ON b.batch_id = r.batch_id
                        JOIN results.digitising_page p ON p.page_id = r.page_id
                        WHERE r.state = :state AND""" + inScope.sql() + " ORDER BY r.record_id LIMIT :limit"))
                .param("state", state.name()).param("limit", limit)
                .query((rs, i) -> new QueueRow(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        RecordType.valueOf(rs.getString(4)), Arrays.stream((String[]) rs.getArray(5).getArray())
                        .map(EntryReason::valueOf).toList(), rs.getString(6) != null, rs.getString(7) != null,
                        rs.getBoolean(8), rs.getTimestamp(9).toInstant()))
                .list();
    }

    /** Where a record's page is, to show it: its batch's book and the page's number. */
    Optional<PagePlace> place(long recordId) {
        return jdbc.sql("""
                        SELECT r.page_id, b.register_book, p.number FROM results.digitising_record r
                        JOIN results.digitising_batch b ON b.batch_id = r.batch_id
                        JOIN results.digitising_page p ON p.page_id = r.page_id WHERE r.record_id = :id""")
                .param("id", recordId).query((rs, i) -> new PagePlace(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .optional();
    }

    /** A batch with how far its reading and its records have come. */
    record BatchRow(long id, String communeCode, String registerBook, RecordType type, Instant uploadedAt, int pages,
                    Long jobId, int read, int refused, int inQueue, int issued) {

        /** Percent of the pages read. */
        public int readPercent() {
            return pages == 0 ? 100 : read * 100 / pages;
        }
    }

    record RefusedPage(int number, String problem) {

        public String messageKey() {
            return "results.digitising.problem." + problem;
        }
    }

    record QueueRow(long id, String registerBook, int page, RecordType type, List<EntryReason> reasons,
                    boolean firstEntered, boolean secondEntered, boolean corrected, Instant updatedAt) {
    }

    record PagePlace(long pageId, String registerBook, int number) {
    }

    private static BatchRow batchRow(ResultSet rs) throws SQLException {
        return new BatchRow(rs.getLong(1), rs.getString(2), rs.getString(3), RecordType.valueOf(rs.getString(4)),
                rs.getTimestamp(5).toInstant(), rs.getInt(6), (Long) rs.getObject(7), rs.getInt(8), rs.getInt(9),
                rs.getInt(10), rs.getInt(11));
    }
}
