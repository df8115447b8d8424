package org.dancu.security.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff security settings ({@code dancu.security.*}; in production the matching environment
 * variables, e.g. {@code DANCU_SECURITY_LOCKOUT_THRESHOLD}).
 *
 * @param lockoutThreshold  consecutive failed logins that lock an account
 * @param lockoutDuration   how long a locked account stays locked
 * @param passwordMinLength fewest characters a chosen password may have
 * @param passwordMaxLength most characters a chosen password may have (bounds hashing work)
 * @param guessablePasswordsFile a corpus of breached or common passwords, one a line, refused besides the bundled
 *                          rules; blank for none
 * @param sessionMaxAge     how long a session lasts after its password was proven, however busy it is; the
 *                          officer signs in again after that (the idle timeout is the servlet container's)
 */
@ConfigurationProperties("dancu.security")
record SecurityProperties(
        @DefaultValue("5") int lockoutThreshold,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("12") int passwordMinLength,
        @DefaultValue("128") int passwordMaxLength,
        @DefaultValue("") String guessablePasswordsFile,
        @DefaultValue("12h") Duration sessionMaxAge) {

    SecurityProperties {
        if (lockoutThreshold < 1) {
            throw new IllegalArgumentException("dancu.security.lockout-threshold must be at least 1");
        }
        if (lockoutDuration.isNegative() || lockoutDuration.isZero()) {
            throw new IllegalArgumentException("dancu.security.lockout-duration must be positive");
        }
        if (sessionMaxAge.isNegative() || sessionMaxAge.isZero()) {
            throw new IllegalArgumentException("dancu.security.session-max-age must be positive");
        }
        if (passwordMinLength < 8 || passwordMaxLength < passwordMinLength) {
            throw new IllegalArgumentException(
                    "dancu.security.password-min-length must be at least 8 and not above password-max-length");
        }
    }

    LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(lockoutThreshold, lockoutDuration);
    }
}
