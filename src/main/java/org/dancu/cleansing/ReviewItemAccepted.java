package org.dancu.cleansing;

/** An officer confirmed a record's candidate as its person; the record is linked to it. Ids only. */
public record ReviewItemAccepted(long recordId, long personId) {
}
