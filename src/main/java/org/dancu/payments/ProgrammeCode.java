package org.dancu.payments;

import java.util.regex.Pattern;

/** A programme's code: upper-case letters, digits and underscores, as {@code TCXH_HANG_THANG}. */
public record ProgrammeCode(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    public ProgrammeCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a programme code: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
