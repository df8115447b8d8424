package org.dancu.results.digitising;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The uploaded batches of scans with their files and pages, as a collection: add a batch (its files
 * kept in the database, so whichever instance reads it reaches them), find one, the pages still to
 * read, and mark a page read.
 */
@Repository
class Batches {

    private final JdbcClient jdbc;

    Batches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the batch, its files and a row for each of their pages; returns its id. */
    @Transactional
    long add(NewBatch batch, String uploadedBy) {
        long id = jdbc.sql("""
                        INSERT INTO results.digitising_batch (commune_code, register_book, record_type, uploaded_by,
                               uploaded_at, pages)
                        VALUES (:commune, :book, :type, :by, now(), :pages) RETURNING batch_id""")
                .param("commune", batch.communeCode()).param("book", batch.registerBook())
                .param("type", batch.type().name()).param("by", uploadedBy).param("pages", batch.pages())
                .query(Long.class).single();
        int number = 0;
        for (int position = 0; position < batch.files().size(); position++) {
            ScanFile file = batch.files().get(position);
            long fileId = jdbc.sql("""
                            INSERT INTO results.digitising_file (batch_id, position, file_name, format, pages, content)
                            VALUES (:batch, :position, :name, :format, :pages, :content) RETURNING file_id""")
                    .param("batch", id).param("position", position).param("name", file.name())
                    .param("format", file.format().name()).param("pages", file.pages()).param("content", file.content())
                    .query(Long.class).single();
            for (int page = 0; page < file.pages(); page++) {
                number++;
                jdbc.sql("""
                                INSERT INTO results.digitising_page (batch_id, number, file_id, page_in_file)
                                VALUES (:batch, :number, :file, :page)""")
                        .param("batch", id).param("number", number).param("file", fileId).param("page", page).update();
            }
        }
        return id;
    }

    void attachJob(long batchId, long jobId) {
        jdbc.sql("UPDATE results.digitising_batch SET job_id = :job WHERE batch_id = :id")
                .param("job", jobId).param("id", batchId).update();
    }

    Optional<Batch> find(long batchId) {
        return jdbc.sql("""
                        SELECT batch_id, commune_code, register_book, record_type, uploaded_by, pages, job_id
                        FROM results.digitising_batch WHERE batch_id = :id""")
                .param("id", batchId)
                .query((rs, i) -> new Batch(rs.getLong(1), rs.getString(2), rs.getString(3),
                        RecordType.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6),
                        (Long) rs.getObject(7)))
                .optional();
    }

    /** The batch's pages not read yet, in order: where a reading stopped short takes up again. */
    List<UnreadPage> unread(long batchId) {
        return jdbc.sql("""
                        SELECT p.page_id, p.number, f.file_id, p.page_in_file FROM results.digitising_page p
                        JOIN results.digitising_file f ON f.file_id = p.file_id
                        WHERE p.batch_id = :batch AND p.read_at IS NULL ORDER BY p.number""")
                .param("batch", batchId)
                .query((rs, i) -> new UnreadPage(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getInt(4)))
                .list();
    }

    /** A file of a batch as stored. */
    ScanFile file(long fileId) {
        return jdbc.sql("SELECT file_name, format, content, pages FROM results.digitising_file WHERE file_id = :id")
                .param("id", fileId)
                .query((rs, i) -> ScanFile.stored(rs.getString(1), ScanFormat.valueOf(rs.getString(2)), rs.getBytes(3),
                        rs.getInt(4)))
                .single();
    }

    /** The page was read: its image kept for the entry forms, its problem when OCR could not read it. */
    void markRead(long pageId, byte[] png, String problem) {
        jdbc.sql("UPDATE results.digitising_page SET read_at = now(), image = :image, problem = :problem"
                        + " WHERE page_id = :id")
                .param("image", png).param("problem", problem).param("id", pageId).update();
    }

    /** The image of a read page as a PNG, if the page is one of the record's. */
    Optional<byte[]> image(long pageId) {
        return jdbc.sql("SELECT image FROM results.digitising_page WHERE page_id = :id AND image IS NOT NULL")
                .param("id", pageId).query((rs, i) -> rs.getBytes(1)).optional();
    }

    /** A batch as uploaded. */
    record Batch(long id, String communeCode, String registerBook, RecordType type, String uploadedBy, int pages,
                 Long jobId) {
    }

    /** A page still to read, and where its file holds it. */
    record UnreadPage(long pageId, int number, long fileId, int pageInFile) {
    }
}
