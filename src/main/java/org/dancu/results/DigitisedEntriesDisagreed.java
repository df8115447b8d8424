package org.dancu.results;

/**
 * The two entries of a digitised record disagreed on at least one field; a clerk settles it.
 *
 * @param recordId the digitised record
 */
public record DigitisedEntriesDisagreed(long recordId) {
}
