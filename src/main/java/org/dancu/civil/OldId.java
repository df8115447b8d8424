package org.dancu.civil;

import java.util.Objects;

/**
 * The old 9-digit identity card number (chứng minh nhân dân, CMND), kept as history and for
 * linking older sectoral records. Only its length can be checked: its province prefix follows a
 * coding of its own that dancu does not hold. Twelve-digit CMND numbers, issued for a few years
 * before the CCCD, are personal IDs and are read by {@link Pin}.
 *
 * <p>{@link #toString()} is masked like a {@link Pin}: 123***789.
 */
public final class OldId extends IdNumber {

    public static final int LENGTH = 9;

    public enum Invalid {
        EMPTY,
        /** Something other than ASCII digits and single spaces, dots or dashes between them. */
        NOT_DIGITS,
        /** The detail is the number of digits found. */
        WRONG_LENGTH,
        /** 12 digits: a personal ID, see {@link Pin}. */
        PIN_NUMBER
    }

    private OldId(String value) {
        super(value);
    }

    public static ParseResult<OldId, Invalid> parse(CharSequence text) {
        String digits = IdDigits.strip(Objects.requireNonNull(text, "text"));
        if (digits == null) {
            return ParseResult.invalid(Invalid.NOT_DIGITS);
        }
        if (digits.isEmpty()) {
            return ParseResult.invalid(Invalid.EMPTY);
        }
        if (digits.length() == LENGTH) {
            return ParseResult.valid(new OldId(digits));
        }
        Invalid reason = digits.length() == Pin.LENGTH ? Invalid.PIN_NUMBER : Invalid.WRONG_LENGTH;
        return ParseResult.invalid(reason, Integer.toString(digits.length()));
    }

    /** For trusted input; an invalid number is an {@link IllegalArgumentException} naming the reason. */
    public static OldId of(String text) {
        return parse(text).orElseThrow();
    }

    /** The nine digits. Handle with care: this is personal data. */
    public String value() {
        return value;
    }
}
