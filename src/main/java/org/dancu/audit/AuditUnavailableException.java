package org.dancu.audit;

/** The ledger could not commit an entry; the action being audited must fail. */
public class AuditUnavailableException extends RuntimeException {

    public AuditUnavailableException(String message) {
        super(message);
    }

    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
