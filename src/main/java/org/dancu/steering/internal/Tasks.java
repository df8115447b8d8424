package org.dancu.steering.internal;

import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.dancu.steering.IndicatorCatalogue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steering committee's tasks, progress reports and evidence. An agency officer sees the tasks
 * their agency leads or coordinates; officers with a locality scope see all tasks (they are the
 * province's tasks, carried out in every commune); nobody else sees any.
 */
@Component
class Tasks {

    private static final String SELECT = "SELECT t.task_id, t.title, t.lead_agency, t.deadline, t.legal_basis,"
            + " t.indicator_code, t.target, t.status, t.demo,"
            + " ARRAY(SELECT c.agency_code FROM steering.task_coordinator c WHERE c.task_id = t.task_id"
            + " ORDER BY c.agency_code) FROM steering.task t";

    private final JdbcClient jdbc;
    private final AgencyNames agencies;
    private final Today today;

    Tasks(JdbcClient jdbc, AgencyNames agencies, Today today) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.today = today;
    }

    static SqlCondition visible(Scope scope) {
        SqlCondition lead = scope.agency("t.lead_agency");
        SqlCondition coordinates = scope.agency("c.agency_code");
        return new SqlCondition("(" + lead.sql() + " OR t.task_id IN (SELECT c.task_id FROM steering.task_coordinator c"
                + " WHERE " + coordinates.sql() + "))", lead.and(coordinates).parameters());
    }

    List<Task> list(Scope scope) {
        SqlCondition visible = visible(scope);
        return visible.bind(jdbc.sql(SELECT + " WHERE " + visible.sql() + " ORDER BY t.deadline, t.task_id"))
                .query((rs, i) -> task(rs)).list();
    }

    Optional<Task> find(Scope scope, long id) {
        SqlCondition visible = visible(scope);
        return visible.bind(jdbc.sql(SELECT + " WHERE t.task_id = :id AND " + visible.sql()))
                .param("id", id).query((rs, i) -> task(rs)).optional();
    }

    @Transactional
    long create(NewTask task, String actor, boolean demo) {
        String title = task.title() == null ? "" : task.title().strip();
        if (title.isEmpty() || title.length() > 500) {
            throw new InvalidTaskException("steering.task.error.title");
        }
        if (!agencies.exists(task.leadAgency())) {
            throw new InvalidTaskException("steering.task.error.agency");
        }
        List<String> coordinators = task.coordinators() == null ? List.of()
                : task.coordinators().stream().filter(c -> !c.equals(task.leadAgency())).distinct().toList();
        if (!coordinators.stream().allMatch(agencies::exists)) {
            throw new InvalidTaskException("steering.task.error.agency");
        }
        if (task.deadline() == null) {
            throw new InvalidTaskException("steering.task.error.deadline");
        }
        String legalBasis = task.legalBasis() == null ? "" : task.legalBasis().strip();
        if (legalBasis.length() > 500) {
            throw new InvalidTaskException("steering.task.error.legal-basis");
        }
        String indicator = task.indicatorCode() == null || task.indicatorCode().isBlank() ? null : task.indicatorCode();
        if (indicator != null && (IndicatorCatalogue.find(indicator).isEmpty() || task.target() == null)) {
            throw new InvalidTaskException("steering.task.error.indicator");
        }
        long id = jdbc.sql("""
                        INSERT INTO steering.task (title, lead_agency, deadline, legal_basis, indicator_code, target,
                               status, demo, created_at, created_by)
                        VALUES (:title, :lead, :deadline, :basis, :indicator, :target, 'OPEN', :demo, :now, :actor)
                        RETURNING task_id""")
                .param("title", title).param("lead", task.leadAgency()).param("deadline", task.deadline())
                .param("basis", legalBasis).param("indicator", indicator)
                .param("target", indicator == null ? null : task.target())
                .param("demo", demo).param("now", Timestamp.from(today.now())).param("actor", actor)
                .query(Long.class).single();
        for (String coordinator : coordinators) {
            jdbc.sql("INSERT INTO steering.task_coordinator (task_id, agency_code) VALUES (:id, :agency)")
                    .param("id", id).param("agency", coordinator).update();
        }
        return id;
    }

    /** Adds a progress report with its evidence to a task the scope can see; nothing is stored on refusal. */
    @Transactional
    long report(Scope scope, long taskId, String body, List<EvidenceFile> files, String actor) {
        if (find(scope, taskId).isEmpty()) {
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
    List<ProgressReport> reports(long taskId) {
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
        SqlCondition visible = visible(scope);
        return visible.bind(jdbc.sql("""
                        SELECT e.file_name, e.content_type, e.content FROM steering.evidence_file e
                        JOIN steering.progress_report r ON r.report_id = e.report_id
                        JOIN steering.task t ON t.task_id = r.task_id
                        WHERE e.evidence_id = :id AND """ + visible.sql()))
                .param("id", evidenceId)
                .query((rs, i) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    private static Task task(ResultSet rs) throws SQLException {
        String[] coordinators = (String[]) rs.getArray(10).getArray();
        return new Task(rs.getLong(1), rs.getString(2), rs.getString(3), List.of(coordinators),
                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getBigDecimal(7),
                Task.TaskStatus.valueOf(rs.getString(8)), rs.getBoolean(9));
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
