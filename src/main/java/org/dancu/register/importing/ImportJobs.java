package org.dancu.register.importing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.dancu.tabular.ColumnMapping;
import org.dancu.tabular.TabularFormat;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The import jobs, as a collection: {@link #save} stores a job's new state and publishes the events it registered,
 * in the caller's transaction; a job changed meanwhile by someone else (started twice) is refused.
 */
@Repository
class ImportJobs {

    private static final String COLUMNS = """
            job_id, file_name, file_hash, format, sheet, encoding, byte_order_mark, converted_from, repaired_to_nfc,
            confidence, header, mapping, day_first, status, skip_problem_rows, officer, scope_code, rows_total,
            rows_with_problems, rows_unchanged, rows_added, problem_counts, failure, failure_args, origin, passes, created_at,
            checked_at, applied_at""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ImportJobs(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Stores the job: a new one is inserted and returned as stored, with its id; a known one is updated.
     *
     * @throws IllegalStateException when the stored job no longer has the status it was read with
     */
    ImportJob save(ImportJob job) {
        ImportJob saved = job.isNew() ? insert(job) : update(job);
        job.takeEvents().forEach(events::publishEvent);
        return saved;
    }

    private ImportJob insert(ImportJob job) {
        long id = jdbc.sql("""
                        INSERT INTO register.import_job (file_name, file_hash, format, sheet, encoding, byte_order_mark,
                            converted_from, repaired_to_nfc, confidence, header, mapping, status, officer, scope_code)
                        VALUES (:name, :hash, :format, :sheet, :encoding, :bom, :converted, :nfc, :confidence,
                            :header, :mapping, :status, :officer, :scope)
                        RETURNING job_id""")
                .param("name", job.fileName()).param("hash", job.fileHash()).param("format", job.format().name())
                .param("sheet", job.sheet()).param("encoding", job.decoding().encoding().name())
                .param("bom", job.decoding().byteOrderMark())
                .param("converted", job.decoding().convertedFrom() == null ? null
                        : job.decoding().convertedFrom().name())
                .param("nfc", job.decoding().repairedToNfc()).param("confidence", job.decoding().confidence().name())
                .param("header", job.header().toArray(String[]::new)).param("mapping", job.mapping().encode())
                .param("status", job.status().name()).param("officer", job.officer()).param("scope", job.scopeCode())
                .query(Long.class).single();
        return findById(id).orElseThrow();
    }

    private ImportJob update(ImportJob job) {
        ImportJob.Counts counts = job.counts();
        int updated = jdbc.sql("""
                        UPDATE register.import_job SET status = :status, origin = :origin, passes = :passes,
                            mapping = :mapping, day_first = :dayFirst, skip_problem_rows = :skip,
                            rows_total = :rows, rows_with_problems = :problems, rows_unchanged = :unchanged,
                            rows_added = :added, problem_counts = :counts, failure = :failure, failure_args = :args,
                            checked_at = :checkedAt, applied_at = :appliedAt
                        WHERE job_id = :id AND status = :stored""")
                .param("status", job.status().name()).param("origin", job.origin()).param("passes", job.passes())
                .param("mapping", job.mapping().encode()).param("dayFirst", job.dayFirst())
                .param("skip", job.skipProblemRows())
                .param("rows", counts == null ? null : counts.rows())
                .param("problems", counts == null ? null : counts.problemRows())
                .param("unchanged", counts == null ? null : counts.unchanged())
                .param("added", counts == null ? null : counts.added())
                .param("counts", counts == null ? null : ImportJob.encodeCounts(counts.problems()))
                .param("failure", job.failure())
                .param("args", job.failure() == null ? null : job.failureArgs().toArray(String[]::new))
                .param("checkedAt", job.checkedAt()).param("appliedAt", job.appliedAt())
                .param("id", job.jobId()).param("stored", job.storedStatus().name())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("import job " + job.jobId() + " changed meanwhile");
        }
        return findById(job.jobId()).orElseThrow();
    }

    Optional<ImportJob> findById(long jobId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM register.import_job WHERE job_id = :id").param("id", jobId)
                .query(ImportJobs::map).optional();
    }

    /** The officer's latest jobs, newest first. */
    List<ImportJob> latestOf(String officer, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM register.import_job WHERE officer = :officer"
                        + " ORDER BY created_at DESC, job_id DESC LIMIT :limit")
                .param("officer", officer).param("limit", limit).query(ImportJobs::map).list();
    }

    /** Earlier jobs of the same file that were applied. */
    List<ImportJob> appliedWithHash(String hash, long exceptJob) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM register.import_job WHERE file_hash = :hash AND status = 'APPLIED'"
                        + " AND job_id <> :job ORDER BY applied_at")
                .param("hash", hash).param("job", exceptJob).query(ImportJobs::map).list();
    }

    private static ImportJob map(ResultSet rs, int row) throws SQLException {
        Long rows = nullableLong(rs, "rows_total");
        ImportJob.Counts counts = rows == null ? null : new ImportJob.Counts(rows, rs.getLong("rows_with_problems"),
                rs.getLong("rows_unchanged"), rs.getLong("rows_added"),
                ImportJob.decodeCounts(rs.getString("problem_counts")));
        return new ImportJob(rs.getLong("job_id"), rs.getString("file_name"), rs.getString("file_hash"),
                TabularFormat.valueOf(rs.getString("format")), rs.getString("sheet"),
                ImportJob.decoding(rs.getString("encoding"), rs.getBoolean("byte_order_mark"),
                        rs.getString("converted_from"), rs.getBoolean("repaired_to_nfc"), rs.getString("confidence")),
                strings(rs.getArray("header")), ColumnMapping.decode(ImportField.SCHEMA, rs.getString("mapping")),
                rs.getBoolean("day_first"), ImportJob.Status.valueOf(rs.getString("status")),
                rs.getBoolean("skip_problem_rows"), rs.getString("officer"), rs.getString("scope_code"), rs.getString("origin"), rs.getInt("passes"), counts,
                rs.getString("failure"), strings(rs.getArray("failure_args")),
                rs.getObject("created_at", java.time.OffsetDateTime.class),
                rs.getObject("checked_at", java.time.OffsetDateTime.class),
                rs.getObject("applied_at", java.time.OffsetDateTime.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
