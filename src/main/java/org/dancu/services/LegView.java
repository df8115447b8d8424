package org.dancu.services;

import java.time.Instant;
import org.dancu.results.ResultCode;

/**
 * A leg as pages and other modules read it.
 *
 * @param step     the step (0-based) of {@link LegDefinition#steps()} now handling it
 * @param assignee the officer's username it is assigned to, or null while in the handlers' common queue
 * @param due      the legal deadline, moved by suspensions and extensions; null while waiting
 * @param reason   the refusal's or suspension's reason as the officer wrote it, else null
 * @param result   the result it issued, else null
 */
public record LegView(String key, ProcedureCode procedure, LegStatus status, Handler handler, int step,
                      String assignee, Instant due, boolean late, String reason, ResultCode result,
                      Instant finishedAt) {
}
