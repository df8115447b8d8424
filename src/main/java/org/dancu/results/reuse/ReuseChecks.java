package org.dancu.results.reuse;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.dancu.results.ResultCode;
import org.dancu.results.ResultType;
import org.dancu.results.ReuseAnswer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The count of reuse: one row per check of a result offered instead of an upload, with its answer as a code.
 * An indicator of reuse counts the {@code USABLE} rows by type and period ({@link #usable}).
 */
@Repository
public class ReuseChecks {

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    ReuseChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(ResultCode code, ResultType expected, ReuseAnswer answer) {
        jdbc.sql("""
                        INSERT INTO results.reuse_check (result_code, expected_type, answer, checked_at)
                        VALUES (:code, :type, :answer, :at)""")
                .param("code", code.value()).param("type", expected.name()).param("answer", answer.code())
                .param("at", Timestamp.from(clock.instant())).update();
    }

    /** How many results of the type stood in for an upload from {@code from} (inclusive) to {@code to} (exclusive). */
    public long usable(ResultType type, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT count(*) FROM results.reuse_check
                        WHERE answer = 'USABLE' AND expected_type = :type AND checked_at >= :from AND checked_at < :to""")
                .param("type", type.name()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(Long.class).single();
    }
}
