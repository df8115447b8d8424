package org.dancu.payments.cycles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.dancu.payments.Vnd;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements behind a cycle's pain.001 files: its approved lines cut into files (one bank each, at
 * most {@link #MAX_LINES} lines), each file's lines read through a cursor (never all at once), the files
 * stored in {@code payments.message}, and the lines of a file the bank received marked SENT.
 */
@Component
class PaymentFileQuery {

    /** The most payments one file holds. */
    static final int MAX_LINES = 50_000;
    private static final int FETCH = 2_000;

    /** One file's share of the lines: a bank's lines with ids from {@code firstId} to {@code lastId}, counted. */
    record Part(String bankBin, int count, Vnd sum, long firstId, long lastId) {
    }

    /** A file as stored. */
    record Stored(long id, String messageId, String bankBin) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate cursor;

    PaymentFileQuery(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.cursor = new JdbcTemplate(template.getDataSource());
        cursor.setFetchSize(FETCH);
    }

    /** The cycle's PENDING lines not yet in a file, cut into files. */
    List<Part> parts(long cycleId) {
        return jdbc.sql("""
                        SELECT bank_bin, count(*), sum(amount), min(id), max(id) FROM (
                            SELECT bank_bin, id, amount,
                                   (row_number() OVER (PARTITION BY bank_bin ORDER BY id) - 1) / :max AS part
                            FROM payments.line WHERE cycle_id = :cycle AND status = 'PENDING' AND message_id IS NULL) l
                        GROUP BY bank_bin, part ORDER BY bank_bin, min(id)""")
                .param("cycle", cycleId).param("max", MAX_LINES)
                .query((rs, i) -> new Part(rs.getString(1).strip(), rs.getInt(2), Vnd.of(rs.getLong(3)),
                        rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /**
     * Hands each line of the part to the consumer, in id order, read through a cursor: call inside a
     * transaction.
     */
    void lines(long cycleId, Part part, Consumer<PaymentLine> consumer) {
        cursor.query("""
                        SELECT l.end_to_end_id, l.amount, l.pin, b.claimed_name, a.number_cipher
                        FROM payments.line l
                        JOIN payments.beneficiary b ON b.id = l.beneficiary_id
                        JOIN payments.account a ON a.id = l.account_id
                        WHERE l.cycle_id = ? AND l.bank_bin = ? AND l.status = 'PENDING' AND l.message_id IS NULL
                          AND l.id BETWEEN ? AND ?
                        ORDER BY l.id""",
                rs -> {
                    consumer.accept(new PaymentLine(rs.getString(1), Vnd.of(rs.getLong(2)), rs.getString(3),
                            rs.getString(4), rs.getBytes(5)));
                }, cycleId, part.bankBin(), part.firstId(), part.lastId());
    }

    /** One line as the file needs it, its account number still sealed. */
    record PaymentLine(String endToEndId, Vnd amount, String pin, String name, byte[] sealedAccount) {
    }

    /** Stores a written file, streamed from disk; returns its row. */
    Stored store(long cycleId, Part part, String messageId, byte[] sha256, Path file) {
        try (InputStream content = Files.newInputStream(file)) {
            long size = Files.size(file);
            Long id = cursor.query(con -> {
                var statement = con.prepareStatement("""
                        INSERT INTO payments.message (direction, type, message_id, bank_bin, cycle_id, nb_of_txs,
                            ctrl_sum, sha256, content)
                        VALUES ('OUT', 'pain.001', ?, ?, ?, ?, ?, ?, ?) RETURNING id""");
                statement.setString(1, messageId);
                statement.setString(2, part.bankBin());
                statement.setLong(3, cycleId);
                statement.setInt(4, part.count());
                statement.setLong(5, part.sum().dong());
                statement.setBytes(6, sha256);
                statement.setBinaryStream(7, content, size);
                return statement;
            }, rs -> rs.next() ? rs.getLong(1) : null);
            return new Stored(id, messageId, part.bankBin());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cycle's pain.001 files stored so far, in the order they were written. */
    List<Stored> stored(long cycleId) {
        return jdbc.sql("""
                        SELECT id, message_id, bank_bin FROM payments.message
                        WHERE cycle_id = :cycle AND direction = 'OUT' AND type = 'pain.001' ORDER BY id""")
                .param("cycle", cycleId)
                .query((rs, i) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3).strip()))
                .list();
    }

    /** A stored file's content. */
    byte[] content(long messageRowId) {
        return jdbc.sql("SELECT content FROM payments.message WHERE id = :id").param("id", messageRowId)
                .query(byte[].class).single();
    }

    /** Ties the part's lines to their file (still PENDING until the bank has it). */
    void assign(long cycleId, Part part, long messageRowId) {
        jdbc.sql("""
                        UPDATE payments.line SET message_id = :message, version = version + 1
                        WHERE cycle_id = :cycle AND bank_bin = :bin AND status = 'PENDING' AND message_id IS NULL
                          AND id BETWEEN :first AND :last""")
                .param("message", messageRowId).param("cycle", cycleId).param("bin", part.bankBin())
                .param("first", part.firstId()).param("last", part.lastId()).update();
    }

    /** The file's lines are with the bank. */
    int markSent(long messageRowId) {
        return jdbc.sql("""
                        UPDATE payments.line SET status = 'SENT', version = version + 1
                        WHERE message_id = :message AND status = 'PENDING'""")
                .param("message", messageRowId).update();
    }
}
