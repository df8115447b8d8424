package org.dancu.results;

/**
 * A digitiser entered a digitised record's fields (the first or the second of its two entries).
 *
 * @param recordId  the digitised record
 * @param digitiser the staff account that entered it
 * @param entry     1 or 2
 */
public record DigitisedRecordEntered(long recordId, String digitiser, int entry) {
}
