package org.dancu.register.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dancu.tabular.Decoding;
import org.dancu.tabular.TabularFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The import_job table. */
@Repository
class ImportJobs {

    private static final String COLUMNS = """
            job_id, file_name, file_hash, format, sheet, encoding, byte_order_mark, converted_from, repaired_to_nfc,
            confidence, header, mapping, day_first, status, skip_problem_rows, officer, scope_code, rows_total,
            rows_with_problems, rows_unchanged, rows_added, problem_counts, failure, failure_args, created_at,
            checked_at, applied_at""";

    private final JdbcClient jdbc;

    ImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(String fileName, String hash, TabularFormat format, String sheet, Decoding decoding,
                List<String> header, ColumnMapping mapping, String officer, String scopeCode) {
        return jdbc.sql("""
                        INSERT INTO register.import_job (file_name, file_hash, format, sheet, encoding, byte_order_mark,
                            converted_from, repaired_to_nfc, confidence, header, mapping, status, officer, scope_code)
                        VALUES (:name, :hash, :format, :sheet, :encoding, :bom, :converted, :nfc, :confidence,
                            :header, :mapping, 'UPLOADED', :officer, :scope)
                        RETURNING job_id""")
                .param("name", fileName).param("hash", hash).param("format", format.name()).param("sheet", sheet)
                .param("encoding", decoding.encoding().name()).param("bom", decoding.byteOrderMark())
                .param("converted", decoding.convertedFrom() == null ? null : decoding.convertedFrom().name())
                .param("nfc", decoding.repairedToNfc()).param("confidence", decoding.confidence().name())
                .param("header", header.toArray(String[]::new)).param("mapping", mapping.encode())
                .param("officer", officer).param("scope", scopeCode)
                .query(Long.class).single();
    }

    Optional<ImportJob> find(long jobId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM register.import_job WHERE job_id = :id").param("id", jobId)
                .query(ImportJobs::map).optional();
    }

    List<ImportJob> recent(String officer, int limit) {
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

    /**
     * Moves a job from one of the given statuses to the next, recording the runner; false when the
     * job was not in one of them (started twice, or applied meanwhile).
     */
    boolean start(long jobId, List<ImportJob.Status> from, ImportJob.Status to, String runner, ColumnMapping mapping,
                  Boolean dayFirst, Boolean skipImportProblemRows) {
        return jdbc.sql("""
                        UPDATE register.import_job SET status = :to, runner = :runner, failure = NULL, failure_args = NULL,
                            mapping = coalesce(:mapping, mapping), day_first = coalesce(:dayFirst, day_first),
                            skip_problem_rows = coalesce(:skip, skip_problem_rows)
                        WHERE job_id = :id AND status IN (:from)""")
                .param("to", to.name()).param("runner", runner).param("mapping", mapping == null ? null : mapping.encode())
                .param("dayFirst", dayFirst).param("skip", skipImportProblemRows).param("id", jobId)
                .param("from", from.stream().map(Enum::name).toList())
                .update() == 1;
    }

    void finish(long jobId, ImportJob.Status status, ImportRun.Counts counts) {
        jdbc.sql("""
                        UPDATE register.import_job SET status = :status, rows_total = :rows, rows_with_problems = :problems,
                            rows_unchanged = :unchanged, rows_added = :added, problem_counts = :counts,
                            checked_at = CASE WHEN :status = 'CHECKED' THEN now() ELSE checked_at END,
                            applied_at = CASE WHEN :status = 'APPLIED' THEN now() ELSE applied_at END
                        WHERE job_id = :id""")
                .param("status", status.name()).param("rows", counts.rows()).param("problems", counts.problemRows())
                .param("unchanged", counts.unchanged()).param("added", counts.added())
                .param("counts", ImportJob.encodeCounts(counts.problems())).param("id", jobId)
                .update();
    }

    void fail(long jobId, ImportJob.Status status, String key, Object... args) {
        jdbc.sql("UPDATE register.import_job SET status = :status, failure = :key, failure_args = :args"
                        + " WHERE job_id = :id")
                .param("status", status.name()).param("key", key)
                .param("args", Arrays.stream(args).map(String::valueOf).toArray(String[]::new)).param("id", jobId)
                .update();
    }

    /** Jobs left running by an application that stopped: they will never finish. */
    int abandon(String runner) {
        return jdbc.sql("""
                        UPDATE register.import_job SET status = CASE WHEN status = 'APPLYING' THEN 'CHECKED' ELSE 'FAILED' END,
                            failure = 'register.import.error.interrupted'
                        WHERE status IN ('CHECKING', 'APPLYING') AND runner IS DISTINCT FROM :runner""")
                .param("runner", runner).update();
    }

    /**
     * Marks as expired the jobs that wait for an officer (uploaded, checked or failed, not running) and were last
     * touched before the given instant; returns the jobs that still hold a file: waiting or running.
     */
    Set<Long> expireWaiting(OffsetDateTime lastTouchedBefore, String failure, String... args) {
        jdbc.sql("""
                        UPDATE register.import_job SET status = 'EXPIRED', failure = :failure, failure_args = :args
                        WHERE status IN ('UPLOADED', 'CHECKED', 'FAILED')
                            AND greatest(created_at, checked_at) < :before""")
                .param("failure", failure).param("args", args).param("before", lastTouchedBefore).update();
        return new HashSet<>(jdbc.sql("SELECT job_id FROM register.import_job WHERE status NOT IN ('APPLIED', 'EXPIRED')")
                .query(Long.class).list());
    }

    /** Problem details in line order, for the report. */
    void forEachProblem(long jobId, int limit, java.util.function.Consumer<ImportProblemRow> consumer) {
        try (var rows = jdbc.sql("SELECT line, field, code, detail FROM register.import_problem WHERE job_id = :id"
                        + " ORDER BY line, code LIMIT :limit")
                .param("id", jobId).param("limit", limit).query(ImportProblemRow.class).stream()) {
            rows.forEach(consumer);
        }
    }

    private static ImportJob map(ResultSet rs, int row) throws SQLException {
        return new ImportJob(rs.getLong("job_id"), rs.getString("file_name"), rs.getString("file_hash"),
                TabularFormat.valueOf(rs.getString("format")), rs.getString("sheet"),
                ImportJob.decoding(rs.getString("encoding"), rs.getBoolean("byte_order_mark"),
                        rs.getString("converted_from"), rs.getBoolean("repaired_to_nfc"), rs.getString("confidence")),
                strings(rs.getArray("header")), ColumnMapping.decode(rs.getString("mapping")),
                rs.getBoolean("day_first"), ImportJob.Status.valueOf(rs.getString("status")),
                rs.getBoolean("skip_problem_rows"), rs.getString("officer"), rs.getString("scope_code"),
                nullableLong(rs, "rows_total"), nullableLong(rs, "rows_with_problems"),
                nullableLong(rs, "rows_unchanged"), nullableLong(rs, "rows_added"),
                ImportJob.decodeCounts(rs.getString("problem_counts")), rs.getString("failure"),
                strings(rs.getArray("failure_args")), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("checked_at", OffsetDateTime.class), rs.getObject("applied_at", OffsetDateTime.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
