package org.dancu.national;

import java.time.Instant;

/**
 * One reconciliation of the register with the national database, as far as it got.
 *
 * @param state     RUNNING (also after an interruption: the next start resumes it) or DONE
 * @param total     persons holding an ID when the run started
 * @param checked   persons checked so far
 * @param lastError why the last attempt stopped, or null
 */
public record ReconciliationRun(long runId, String state, Instant startedAt, Instant finishedAt, String startedBy,
                                long total, long checked, long matched, long mismatched, long unknown,
                                String lastError) {

    public boolean running() {
        return state.equals("RUNNING");
    }

    /** Checked persons whose every field agrees, in percent of those checked (0 when none). */
    public double matchingPercent() {
        return checked == 0 ? 0 : 100.0 * matched / checked;
    }

    public double progressPercent() {
        return total == 0 ? 100 : Math.min(100, 100.0 * checked / total);
    }
}
