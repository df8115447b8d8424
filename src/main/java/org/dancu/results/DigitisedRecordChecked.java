package org.dancu.results;

/**
 * A spot-checker found a digitised record agreeing with its scan; it is issued.
 *
 * @param recordId the digitised record
 * @param checker  the staff account that checked it
 */
public record DigitisedRecordChecked(long recordId, String checker) {
}
