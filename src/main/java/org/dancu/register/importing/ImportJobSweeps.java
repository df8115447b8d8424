package org.dancu.register.importing;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The import jobs' bulk transition, one statement over every job it concerns: the expiry of waiting jobs. */
@Component
class ImportJobSweeps {

    private final JdbcClient jdbc;

    ImportJobSweeps(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
