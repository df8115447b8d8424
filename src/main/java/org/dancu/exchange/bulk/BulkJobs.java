package org.dancu.exchange.bulk;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.dancu.exchange.gateway.CallContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Bulk jobs, their cursor and their results in PostgreSQL: the state a restart resumes from. */
@Repository
class BulkJobs {

    private static final String JOB_COLUMNS = """
            SELECT job_id, partner_code, purpose, end_user, case_ref, request_digest, total_rows, cursor_row, status,
                   created_at, finished_at FROM exchange.bulk_job""";

    private final JdbcClient jdbc;

    BulkJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(UUID jobId, String partnerCode, CallContext context, String requestDigest, String csv, int rows) {
        jdbc.sql("""
                        INSERT INTO exchange.bulk_job (job_id, partner_code, purpose, end_user, case_ref, request_digest,
                                                       input, total_rows, status)
                        VALUES (:id, :partner, :purpose, :user, :case, :digest, :input, :rows, 'QUEUED')""")
                .param("id", jobId).param("partner", partnerCode).param("purpose", context.purpose())
                .param("user", context.endUser()).param("case", context.caseRef()).param("digest", requestDigest)
                .param("input", csv.getBytes(StandardCharsets.UTF_8)).param("rows", rows)
                .update();
    }

    /** The job, only when it belongs to the partner: another partner's job is as unknown as a missing one. */
    Optional<BulkJob> find(UUID jobId, String partnerCode) {
        return jdbc.sql(JOB_COLUMNS + " WHERE job_id = :id AND partner_code = :partner")
                .param("id", jobId).param("partner", partnerCode).query(BulkJob.class).optional();
    }

    /** How many persons the job's list holds; empty for an unknown job. */
    Optional<Integer> totalRows(UUID jobId) {
        return jdbc.sql("SELECT total_rows FROM exchange.bulk_job WHERE job_id = :id").param("id", jobId)
                .query(Integer.class).optional();
    }

    /** Marks the job as taken up by the runner (again, after a restart) and returns it with its cursor. */
    BulkJob running(UUID jobId) {
        return jdbc.sql("""
                        UPDATE exchange.bulk_job SET status = 'RUNNING' WHERE job_id = :id AND status IN ('QUEUED', 'RUNNING')
                        RETURNING job_id, partner_code, purpose, end_user, case_ref, request_digest, total_rows,
                                  cursor_row, status, created_at, finished_at""")
                .param("id", jobId).query(BulkJob.class).single();
    }

    String input(UUID jobId) {
        return new String(jdbc.sql("SELECT input FROM exchange.bulk_job WHERE job_id = :id").param("id", jobId)
                .query(byte[].class).single(), StandardCharsets.UTF_8);
    }

    /** Stores a chunk's result lines and moves the cursor past them, together. */
    @Transactional
    void storeChunk(UUID jobId, int firstRow, List<String> lines, boolean last) {
        Integer[] numbers = new Integer[lines.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = firstRow + i;
        }
        jdbc.sql("""
                        INSERT INTO exchange.bulk_result (job_id, row_no, line)
                        SELECT :id, unnest(:rows), unnest(:lines) ON CONFLICT DO NOTHING""")
                .param("id", jobId).param("rows", numbers).param("lines", lines.toArray(String[]::new)).update();
        jdbc.sql("""
                        UPDATE exchange.bulk_job SET cursor_row = :cursor,
                               status = CASE WHEN :last THEN 'DONE' ELSE status END,
                               finished_at = CASE WHEN :last THEN now() END
                        WHERE job_id = :id""")
                .param("cursor", firstRow - 1 + lines.size()).param("last", last).param("id", jobId).update();
    }

    /** The runner could not finish the job: its partner reads that it failed and sends it again. */
    void failed(UUID jobId) {
        jdbc.sql("UPDATE exchange.bulk_job SET status = 'FAILED', finished_at = now() WHERE job_id = :id AND status <> 'DONE'")
                .param("id", jobId).update();
    }

    List<String> resultLines(UUID jobId) {
        return jdbc.sql("SELECT line FROM exchange.bulk_result WHERE job_id = :id ORDER BY row_no")
                .param("id", jobId).query(String.class).list();
    }
}
