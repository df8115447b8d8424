package org.dancu.jobs;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Jobs as the runner leaves them, for the tests of every module's job pages: each on a reference of its
 * own (a UUID, which every kind's listener can read), with no execution scheduled, so the runner leaves
 * it as it is; the test takes it out again.
 */
public final class JobsFixtures {

    private JobsFixtures() {
    }

    /**
     * A job of that kind, started by {@code startedBy} on 07/12/2026, visible to the roles given (a SQL
     * array, {@code "{PROVINCE_OFFICER}"}) in the locality or agency given, {@code done} of {@code total}
     * steps through and in that state; a failed one failed on storage. Returns its id.
     */
    public static long job(JdbcClient jdbc, String kind, String startedBy, String roles, String locality,
                           String agency, String state, int done, int total) {
        return job(jdbc, kind, UUID.randomUUID().toString(), startedBy, roles, locality, agency, state, done, total);
    }

    /** The same on a reference the test chooses, for a kind whose listener reads it. */
    public static long job(JdbcClient jdbc, String kind, String reference, String startedBy, String roles,
                           String locality, String agency, String state, int done, int total) {
        return jdbc.sql("""
                        INSERT INTO jobs.job (version, kind, reference, started_by, visible_roles, locality_code,
                                              agency_code, state, done, total, attempts, created_at, started_at,
                                              finished_at, failure_key, failure_reference)
                        VALUES (1, :kind, :reference, :by, CAST(:roles AS text[]), :locality, :agency, :state, :done, :total, 1,
                                TIMESTAMPTZ '2026-12-07 03:00:00Z', TIMESTAMPTZ '2026-12-07 03:01:00Z',
                                CASE WHEN :state IN ('SUCCEEDED', 'FAILED') THEN TIMESTAMPTZ '2026-12-07 03:05:00Z' END,
                                CASE WHEN :state = 'FAILED' THEN 'jobs.failure.storage' END,
                                CASE WHEN :state = 'FAILED' THEN 'AB12CD34' END)
                        RETURNING id""")
                .param("kind", kind).param("reference", reference).param("by", startedBy)
                .param("roles", roles).param("locality", locality).param("agency", agency).param("state", state)
                .param("done", done).param("total", total).query(Long.class).single();
    }

    /** The job ends in that state on its server, as the runner ends it. */
    public static void end(JdbcClient jdbc, long id, JobState state) {
        jdbc.sql("UPDATE jobs.job SET state = :state, finished_at = now() WHERE id = :id")
                .param("state", state.name()).param("id", id).update();
    }

    public static void remove(JdbcClient jdbc, List<Long> ids) {
        jdbc.sql("DELETE FROM jobs.job WHERE id IN (:ids)").param("ids", ids).update();
    }
}
