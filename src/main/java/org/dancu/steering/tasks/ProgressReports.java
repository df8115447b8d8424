package org.dancu.steering.tasks;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.dancu.steering.internal.Today;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress reports of the tasks and their evidence files (stored in the database, SHA-256 kept),
 * which only those who see the task can add or read.
 */
@Repository
class ProgressReports {

    private final JdbcClient jdbc;
    private final TaskListQuery list;
    private final Today today;

    ProgressReports(JdbcClient jdbc, TaskListQuery list, Today today) {
        this.jdbc = jdbc;
        this.list = list;
        this.today = today;
    }

    /** Adds a progress report with its evidence to a task the scope can see; nothing is stored on refusal. */
    @Transactional
    long add(Scope scope, long taskId, String body, List<EvidenceFile> files, String actor) {
        if (list.find(scope, taskId).isEmpty()) {
            throw new InvalidTaskException("steering.task.error.not-found");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > 4000) {
            throw new InvalidTaskException("steering.report.error.body");
        }
        long reportId = jdbc.sql("""
                        INSERT INTO steering.progress_report (task_id, body, reported_by, reported_at)
                        VALUES (:task, :body, :actor, :now) RETURNING report_id""")
                .param("task", taskId).param("body", text).param("actor", actor)
                .param("now", Timestamp.from(today.now())).query(Long.class).single();
        for (EvidenceFile file : files) {
            jdbc.sql("""
                            INSERT INTO steering.evidence_file (report_id, file_name, content_type, size_bytes, sha256, content)
                            VALUES (:report, :name, :type, :size, :sha, :content)""")
                    .param("report", reportId).param("name", file.fileName()).param("type", file.contentType())
                    .param("size", file.content().length).param("sha", sha256(file.content()))
                    .param("content", file.content()).update();
        }
        return reportId;
    }

    /** The task's progress reports, newest first, with their evidence files (without content). */
    List<ProgressReport> of(long taskId) {
        Map<Long, ProgressReport> reports = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT r.report_id, r.body, r.reported_by, r.reported_at, e.evidence_id, e.file_name, e.size_bytes
                        FROM steering.progress_report r LEFT JOIN steering.evidence_file e ON e.report_id = r.report_id
                        WHERE r.task_id = :task ORDER BY r.reported_at DESC, r.report_id DESC, e.evidence_id""")
                .param("task", taskId)
                .query(rs -> {
                    long id = rs.getLong(1);
                    ProgressReport report = reports.get(id);
                    if (report == null) {
                        report = new ProgressReport(id, rs.getString(2), rs.getString(3),
                                rs.getTimestamp(4).toInstant(), new ArrayList<>());
                        reports.put(id, report);
                    }
                    if (rs.getObject(5) != null) {
                        report.evidence().add(new Evidence(rs.getLong(5), rs.getString(6), rs.getInt(7)));
                    }
                });
        return List.copyOf(reports.values());
    }

    /** An evidence file of a task the scope can see. */
    Optional<EvidenceFile> evidence(Scope scope, long evidenceId) {
        SqlCondition visible = TaskListQuery.visible(scope);
        return visible.bind(jdbc.sql("""
                        SELECT e.file_name, e.content_type, e.content FROM steering.evidence_file e
                        JOIN steering.progress_report r ON r.report_id = e.report_id
                        JOIN steering.task t ON t.task_id = r.task_id
                        WHERE e.evidence_id = :id AND """ + visible.sql()))
                .param("id", evidenceId)
                .query((rs, i) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record ProgressReport(long id, String body, String reportedBy, Instant reportedAt, List<Evidence> evidence) {
    }

    record Evidence(long id, String fileName, int sizeBytes) {
    }
}
