package org.dancu.results;

/**
 * A spot-checker found a digitised record not agreeing with its scan and sent it back to double entry.
 *
 * @param recordId the digitised record
 * @param checker  the staff account that sent it back
 */
public record DigitisedRecordReturned(long recordId, String checker) {
}
