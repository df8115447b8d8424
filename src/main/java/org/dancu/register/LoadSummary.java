package org.dancu.register;

/** What one load put into the register. */
public record LoadSummary(long persons, long households, long events) {
}
