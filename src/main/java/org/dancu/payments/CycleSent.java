package org.dancu.payments;

/** An approved cycle's pain.001 files reached their banks. */
public record CycleSent(long cycleId, ProgrammeCode programme, String period, int files) {
}
