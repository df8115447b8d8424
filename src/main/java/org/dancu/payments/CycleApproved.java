package org.dancu.payments;

/** A checker approved a prepared cycle; its lines and control totals are now fixed. */
public record CycleApproved(long cycleId, ProgrammeCode programme, String period, int lineCount, Vnd controlSum,
                            String approvedBy) {
}
