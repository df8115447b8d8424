package org.dancu.jobs;

/** A job of the same kind on the same reference is queued or running: the work is not started twice. */
public class JobAlreadyActiveException extends IllegalStateException {

    public JobAlreadyActiveException(String kind, String reference) {
        super("a " + kind + " job on " + reference + " is already queued or running");
    }
}
