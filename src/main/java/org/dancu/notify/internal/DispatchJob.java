package org.dancu.notify.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.dancu.jobs.JobContext;
import org.dancu.jobs.JobHandler;
import org.springframework.stereotype.Component;

/**
 * The dispatcher, a job on the one runner: at most one runs (the runner's one active job per kind
 * and reference), so every claim it finds at its start was left by a dispatcher that stopped and is
 * released first. It then delivers batch after batch and, while messages wait for their back-off or
 * rate limit, waits for the next one due, reporting progress (the runner's checkpoint) at least every
 * second; it ends when nothing is left to send.
 */
@Component
class DispatchJob implements JobHandler {

    static final String KIND = "notify.dispatch";
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(1);

    private final OutboxDispatch dispatch;
    private final OutboxQuery query;

    DispatchJob(OutboxDispatch dispatch, OutboxQuery query) {
        this.dispatch = dispatch;
        this.query = query;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext context) {
        dispatch.releaseClaimed();
        long done = 0;
        while (true) {
            int handled = dispatch.deliverDue();
            done += handled;
            if (handled == 0) {
                Optional<Instant> next = query.nextDue();
                if (next.isEmpty()) {
                    return;
                }
                pause(Duration.between(Instant.now(), next.get()));
            }
            context.progress(done, done + query.unfinished(), "notify.dispatch.progress");
        }
    }

    private static void pause(Duration untilDue) {
        Duration wait = untilDue.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : untilDue;
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the dispatcher was interrupted", e);
        }
    }
}
