package org.dancu.workdays;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a time limit runs out.
 *
 * @param countedFrom the working day the dossier counts as received on (the next one after the cut-off)
 * @param due         the end of the last working period of the limit
 */
public record Deadline(LocalDate countedFrom, Instant due) {
}
