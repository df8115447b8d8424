package org.dancu.jobs.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A failure's cause for the log without any text of the exceptions (a database error's text can
 * quote the values it refused, which may be personal data): the chain of exception types, the
 * SQLState and where in dancu it was thrown.
 */
final class FailureCause {

    private FailureCause() {
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
