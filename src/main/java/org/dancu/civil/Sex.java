package org.dancu.civil;

import java.util.Map;

/**
 * Sex as recorded in civil data. {@link #UNKNOWN} is a value, not an error: old records and some
 * sectoral datasets simply do not know.
 */
public enum Sex {
    MALE, FEMALE, UNKNOWN;

    public enum Invalid {
        EMPTY,
        /**
         * 1/0, 1/2 … mean male/female in some systems and the reverse in others; a number is
         * never guessed, the column's code list has to be mapped explicitly.
         */
        NUMERIC_CODE,
        UNRECOGNISED
    }

    /** Keyed by {@link VietnameseText#asciiKey}, so "Nữ", "NỮ", decomposed "Nữ" and "nu" all meet. */
    private static final Map<String, Sex> WORDS = Map.ofEntries(
            Map.entry("m", MALE), Map.entry("male", MALE), Map.entry("nam", MALE),
            Map.entry("f", FEMALE), Map.entry("female", FEMALE), Map.entry("nu", FEMALE),
            Map.entry("u", UNKNOWN), Map.entry("unknown", UNKNOWN), Map.entry("khong ro", UNKNOWN),
            Map.entry("chua ro", UNKNOWN), Map.entry("khong xac dinh", UNKNOWN));

    /**
     * Reads M/F, male/female, Nam/Nữ (any case, composed or decomposed, with or without
     * diacritics) and the usual words for unknown. Numeric codes are refused.
     */
    public static ParseResult<Sex, Invalid> parse(String text) {
        String key = VietnameseText.asciiKey(text);
        if (key.isEmpty()) {
            return ParseResult.invalid(Invalid.EMPTY);
        }
        Sex sex = WORDS.get(key);
        if (sex != null) {
            return ParseResult.valid(sex);
        }
        return ParseResult.invalid(isNumber(key) ? Invalid.NUMERIC_CODE : Invalid.UNRECOGNISED);
    }

    public boolean isKnown() {
        return this != UNKNOWN;
    }

    /** The one-letter code the register stores and machine files carry: M, F or U. */
    public String code() {
        return name().substring(0, 1);
    }

    private static boolean isNumber(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ((c < '0' || c > '9') && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }
}
