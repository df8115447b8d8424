package org.dancu.results;

/**
 * A clerk settled the fields two digitisers disagreed on; the record goes to a spot-checker.
 *
 * @param recordId the digitised record
 * @param clerk    the staff account that settled it
 */
public record DigitisedRecordResolved(long recordId, String clerk) {
}
