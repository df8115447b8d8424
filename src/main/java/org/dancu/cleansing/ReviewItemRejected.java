package org.dancu.cleansing;

/** An officer found that a record's candidate is not its person; the record is left unlinked. Ids only. */
public record ReviewItemRejected(long recordId) {
}
