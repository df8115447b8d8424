package org.dancu.jobs;

import java.util.Locale;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * What kind of fault stopped a job, as an officer can act on it: the database did not answer (try
 * again later), could not store the results, or something else went wrong. Handlers build their
 * failure message keys on it ({@code <prefix>.unavailable} …).
 */
public enum JobFailure {

    UNAVAILABLE, STORAGE, UNEXPECTED;

    public static JobFailure of(Throwable failure) {
        if (failure instanceof TransientDataAccessException || failure instanceof CannotGetJdbcConnectionException) {
            return UNAVAILABLE;
        }
        return failure instanceof DataAccessException ? STORAGE : UNEXPECTED;
    }

    /** The message key {@code <prefix>.<kind in lower case>}. */
    public String key(String prefix) {
        return prefix + "." + name().toLowerCase(Locale.ROOT);
    }
}
