package org.dancu.cleansing;

/** An officer linked a record to another person than its candidate, found by ID. Ids only. */
public record ReviewItemPicked(long recordId, long personId) {
}
