package org.dancu.civil;

/**
 * What the two identity-number types share: reading digits typed with the usual group separators,
 * and masking them for display.
 */
final class IdDigits {

    /** Returned by {@link #strip} for blank input. */
    static final String BLANK = "";

    private IdDigits() {
    }

    /**
     * The ASCII digits of {@code text}, accepting one space, dot or dash between two digits
     * ("011 095 001 234", "011.095.001234"); {@code null} when anything else is present. Leading
     * and trailing whitespace is ignored; blank input gives {@link #BLANK}.
     */
    static String strip(CharSequence input) {
        String text = input.toString().strip();
        int end = text.length();
        if (end == 0) {
            return BLANK;
        }
        char[] digits = new char[end];
        int count = 0;
        boolean afterDigit = false;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits[count++] = c;
                afterDigit = true;
            } else if (afterDigit && isSeparator(c) && i + 1 < end && isDigit(text.charAt(i + 1))) {
                afterDigit = false;
            } else {
                return null;
            }
        }
        return new String(digits, 0, count);
    }

    /** The first three and the last three digits, the rest as '*': 011******345. */
    static String mask(String digits) {
        int length = digits.length();
        char[] masked = digits.toCharArray();
        for (int i = 3; i < length - 3; i++) {
            masked[i] = '*';
        }
        return new String(masked);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
