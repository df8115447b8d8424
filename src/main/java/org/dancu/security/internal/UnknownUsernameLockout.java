package org.dancu.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed-login bookkeeping for usernames that have no account. Applying the same lock-out to
 * them makes a missing account answer exactly like a real one ("locked" after the same number of
 * tries), so the login page never tells which usernames exist. Kept in the database
 * ({@code security.unknown_login}), as a real account's count is, so that instances sharing the
 * traffic count the same tries; a name not tried for {@link #FORGET_AFTER} is forgotten.
 */
@Component
class UnknownUsernameLockout {

    static final Duration FORGET_AFTER = Duration.ofHours(24);
    private static final int FAILURES_BETWEEN_SWEEPS = 1_000;

    private final JdbcClient jdbc;
    private final LockoutPolicy policy;
    private final AtomicInteger sinceSweep = new AtomicInteger();

    UnknownUsernameLockout(JdbcClient jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.policy = properties.lockoutPolicy();
    }

    boolean isLocked(String username, Instant now) {
        return jdbc.sql("SELECT locked_until FROM security.unknown_login WHERE name = :name")
                .param("name", username).query(OffsetDateTime.class).optional()
                .map(until -> until.toInstant().isAfter(now)).orElse(false);
    }

    /**
     * Records a failure and returns true when it reached the lock-out threshold. Runs in the login's
     * transaction: the name's row stays locked until it commits, so tries on several instances at
     * once are counted one after the other.
     */
    boolean recordFailure(String username, Instant now) {
        jdbc.sql("INSERT INTO security.unknown_login (name, consecutive, last_try) VALUES (:name, 0, :now)"
                        + " ON CONFLICT (name) DO NOTHING")
                .param("name", username).param("now", utc(now)).update();
        LockoutPolicy.LoginFailures before = jdbc.sql(
                        "SELECT consecutive, locked_until FROM security.unknown_login WHERE name = :name FOR UPDATE")
                .param("name", username)
                .query((rs, row) -> new LockoutPolicy.LoginFailures(rs.getInt(1),
                        rs.getObject(2, OffsetDateTime.class) == null ? null
                                : rs.getObject(2, OffsetDateTime.class).toInstant()))
                .single();
        LockoutPolicy.LoginFailures after = policy.afterFailure(before, now);
        jdbc.sql("UPDATE security.unknown_login SET consecutive = :consecutive, locked_until = :until, last_try = :now"
                        + " WHERE name = :name")
                .param("consecutive", after.consecutive())
                .param("until", after.lockedUntil() == null ? null : utc(after.lockedUntil()))
                .param("now", utc(now)).param("name", username).update();
        if (sinceSweep.incrementAndGet() % FAILURES_BETWEEN_SWEEPS == 0) {
            jdbc.sql("DELETE FROM security.unknown_login WHERE last_try < :cutoff")
                    .param("cutoff", utc(now.minus(FORGET_AFTER))).update();
        }
        return after.lockedAt(now);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
