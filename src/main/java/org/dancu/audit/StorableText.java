package org.dancu.audit;

/**
 * Guards the ledger's text fields. PostgreSQL cannot store a NUL character, and a broken surrogate
 * pair would be stored differently from what was hashed; either would fail a whole batch of other
 * callers' entries, so such text is refused when the entry is made. Every field also has a length
 * bound: text from outside (a requested path, a typed name) is cut to it, so no entry outgrows the
 * ledger's indexes.
 */
final class StorableText {

    private StorableText() {
    }

    static String check(String value, String field) {
        int bad = firstUnstorable(value);
        if (bad >= 0) {
            throw new IllegalArgumentException("audit entry field '" + field
                    + "' holds a NUL character or a broken surrogate pair at position " + bad);
        }
        return value;
    }

    /**
     * The text cut to {@code max} characters, its end marked with an ellipsis; a surrogate pair is never split.
     */
    static String bound(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    /** The text with each unstorable character replaced by U+FFFD, for text nobody vouches for. */
    static String repair(String value) {
        if (firstUnstorable(value) < 0) {
            return value;
        }
        StringBuilder repaired = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            if (pairAt(value, i)) {
                repaired.append(value, i, i + 2);
                i++;
            } else {
                char c = value.charAt(i);
                repaired.append(c == '\0' || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return repaired.toString();
    }

    private static int firstUnstorable(String value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            if (pairAt(value, i)) {
                i++;
            } else if (value.charAt(i) == '\0' || Character.isSurrogate(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean pairAt(String value, int i) {
        return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
    }
}
