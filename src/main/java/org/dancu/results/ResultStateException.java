package org.dancu.results;

/**
 * A move a result's status does not allow: superseding or revoking a result that is no longer valid.
 * Nothing changed. {@link #messageKey()} names the refusal in words.
 */
public class ResultStateException extends ResultRefusedException {

    private final ResultStatus status;

    public ResultStateException(ResultCode code, ResultStatus status) {
        super("results.error.state." + status.name().toLowerCase(java.util.Locale.ROOT), code.value());
        this.status = status;
    }

    /** The status the result is in, which refused the move. */
    public ResultStatus status() {
        return status;
    }
}
