package org.dancu.cleansing.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Why a background run failed, in two forms: for the officer, a message key that says it in words
 * with a reference; for the log, the cause without any text of the exceptions (a database error's
 * text can quote the values it refused, which may be personal data): the chain of exception types,
 * the SQLState and where in dancu it was thrown.
 *
 * @param messageKey {@code cleansing.evaluation.failure.*}
 * @param reference  short code shown to the officer and written to the log line
 * @param cause      the cause for the log; no values from the data
 */
record RunFailure(String messageKey, String reference, String cause) {

    static final String BUSY = "cleansing.evaluation.failure.busy";
    static final String UNAVAILABLE = "cleansing.evaluation.failure.unavailable";
    static final String STORAGE = "cleansing.evaluation.failure.storage";
    static final String UNEXPECTED = "cleansing.evaluation.failure.unexpected";

    static RunFailure of(Throwable failure) {
        String key = failure instanceof TransientDataAccessException
                || failure instanceof CannotGetJdbcConnectionException ? UNAVAILABLE
                : failure instanceof DataAccessException ? STORAGE : UNEXPECTED;
        return new RunFailure(key, newReference(), describe(failure));
    }

    /** The run could not even be queued. */
    static RunFailure busy() {
        return new RunFailure(BUSY, newReference(), "the run queue is full");
    }

    private static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** Such as {@code BadSqlGrammarException > PSQLException [SQLState 42804] at org.dancu...storeLink(...)}. */
    static String describe(Throwable failure) {
        List<String> chain = new ArrayList<>();
        String state = null;
        StackTraceElement where = null;
        for (Throwable t = failure; t != null && chain.size() < 10; t = t.getCause() == t ? null : t.getCause()) {
            chain.add(t.getClass().getSimpleName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
            for (StackTraceElement frame : where == null ? t.getStackTrace() : new StackTraceElement[0]) {
                if (frame.getClassName().startsWith("org.dancu.")) {
                    where = frame;
                    break;
                }
            }
        }
        return String.join(" > ", chain) + (state == null ? "" : " [SQLState " + state + "]")
                + (where == null ? "" : " at " + where);
    }
}
