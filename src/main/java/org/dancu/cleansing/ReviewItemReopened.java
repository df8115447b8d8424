package org.dancu.cleansing;

/**
 * A decided record is open for review again because the register corrected the person it was decided
 * on; {@code cause} names the register's event. Ids only.
 */
public record ReviewItemReopened(long recordId, String cause) {
}
