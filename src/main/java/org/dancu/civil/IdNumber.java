package org.dancu.civil;

/**
 * A number that identifies a person, held as its digits: equal when the digits are, and shown
 * masked ({@link #masked()}) wherever it is turned into text by accident, so that a log never
 * discloses it.
 */
abstract sealed class IdNumber permits Pin, OldId {

    final String value;

    IdNumber(String value) {
        this.value = value;
    }

    /** The first three and last three digits: 011******345. Safe for display lists and logs. */
    public String masked() {
        return IdDigits.mask(value);
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && value.equals(((IdNumber) other).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The {@linkplain #masked() masked} form, never the full number. */
    @Override
    public String toString() {
        return masked();
    }
}
