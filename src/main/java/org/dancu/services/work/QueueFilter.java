package org.dancu.services.work;

/**
 * What an officer chose to see in the queue.
 *
 * @param assignee  only the legs assigned to this officer, or null
 * @param unassigned only the common queue (nobody assigned), when {@code assignee} is null
 * @param procedure a procedure's code, or null for all
 * @param commune   a commune's code, or null for all
 * @param deadline  how near the deadline, or null for all
 * @param code      one dossier's code, or null
 */
record QueueFilter(String assignee, boolean unassigned, String procedure, String commune, DeadlineState deadline,
                   String code) {
}
