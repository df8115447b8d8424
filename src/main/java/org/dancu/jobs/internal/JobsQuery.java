package org.dancu.jobs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dancu.jobs.JobState;
import org.dancu.jobs.JobStatus;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.dancu.security.StaffPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The jobs an officer may see, in SQL: their own; those whose visibility names their role, within
 * their scope (the job's unit is their scope's own unit or a commune under it) and, for a job of an
 * agency's data, only to that agency's officers; every job for an administrator.
 */
@Repository
class JobsQuery {

    private static final String COLUMNS = """
            SELECT id, kind, reference, started_by, state, done, total, progress_key, failure_key, failure_reference,
                   cancel_requested, attempts, created_at, started_at, finished_at FROM jobs.job j""";

    private final JdbcClient jdbc;

    JobsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<JobStatus> visibleTo(StaffPrincipal officer, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("limit", limit);
        String visible = officer.getRole() == Role.ADMINISTRATOR ? "TRUE" : seenBy(officer, parameters);
        return jdbc.sql(COLUMNS + " WHERE " + visible + " ORDER BY j.id DESC LIMIT :limit")
                .params(parameters).query(JobsQuery::row).list();
    }

    private static String seenBy(StaffPrincipal officer, Map<String, Object> parameters) {
        parameters.put("job_starter", officer.getUsername());
        Scope scope = officer.getScope();
        if (scope.localityCode() == null) {
            return "j.started_by = :job_starter";
        }
        SqlCondition communes = scope.communes("j.locality_code");
        parameters.putAll(communes.parameters());
        parameters.put("job_role", officer.getRole().name());
        parameters.put("job_scope_root", scope.localityCode());
        String agency = "j.agency_code IS NULL";
        if (scope.agencyCode() != null) {
            parameters.put("job_agency", scope.agencyCode());
            agency += " OR j.agency_code = :job_agency";
        }
        return "(j.started_by = :job_starter OR (:job_role = ANY (j.visible_roles)"
                + " AND (j.locality_code = :job_scope_root OR" + communes.sql() + ")"
                + " AND (" + agency + ")))";
    }

    private static JobStatus row(ResultSet rs, int row) throws SQLException {
        long total = rs.getLong("total");
        return new JobStatus(rs.getLong("id"), rs.getString("kind"), rs.getString("reference"),
                rs.getString("started_by"), JobState.valueOf(rs.getString("state")), rs.getLong("done"),
                rs.wasNull() ? null : total, rs.getString("progress_key"), rs.getString("failure_key"),
                rs.getString("failure_reference"), rs.getBoolean("cancel_requested"), rs.getInt("attempts"),
                instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
