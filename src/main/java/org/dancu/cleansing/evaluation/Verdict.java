package org.dancu.cleansing.evaluation;

/**
 * One criterion's result for one record: the status, a reason code (message key
 * {@code cleansing.reason.<code>}) and an optional detail without personal data (field keys, a line).
 */
public record Verdict(Status status, Reason reason, String detail) {

    public enum Status { OK, FAIL, PENDING }

    static Verdict ok(Reason reason) {
        return new Verdict(Status.OK, reason, null);
    }

    static Verdict fail(Reason reason, String detail) {
        return new Verdict(Status.FAIL, reason, detail);
    }

    static Verdict pending(Reason reason) {
        return new Verdict(Status.PENDING, reason, null);
    }
}
