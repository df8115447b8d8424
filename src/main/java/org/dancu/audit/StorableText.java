package org.dancu.audit;

/**
 * Guards the ledger's text fields. PostgreSQL cannot store a NUL character, and a broken surrogate
 * pair would be stored differently from what was hashed; either would fail a whole batch of other
 * callers' entries, so such text is refused when the entry is made.
 */
final class StorableText {

    private StorableText() {
    }

    static String check(String value, String field) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pairStart = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pairStart) {
                i++;
            } else if (c == '\0' || Character.isSurrogate(c)) {
                throw new IllegalArgumentException("audit entry field '" + field
                        + "' holds a NUL character or a broken surrogate pair at position " + i);
            }
        }
        return value;
    }
}
