package org.dancu.results.digitising;

/**
 * One field of a digitised record: its value as OCR read it with OCR's confidence, as each of the two
 * digitisers entered it (null until then) and as settled (null until the record is settled).
 *
 * @param name       the field's name, whose label is {@code results.field.<name>} in the results bundle
 * @param confidence OCR's confidence in the value read, from 0 to 1
 */
public record RecordField(String name, String read, double confidence, String first, String second, String settled) {

    /** A field as OCR read it, nothing entered yet. */
    static RecordField read(String name, String value, double confidence) {
        return new RecordField(name, value == null ? "" : value.strip(), confidence, null, null, null);
    }

    RecordField withFirst(String value) {
        return new RecordField(name, read, confidence, value, second, settled);
    }

    RecordField withSecond(String value) {
        return new RecordField(name, read, confidence, first, value, settled);
    }

    RecordField settledAs(String value) {
        return new RecordField(name, read, confidence, first, second, value);
    }

    RecordField cleared() {
        return new RecordField(name, read, confidence, null, null, null);
    }
}
