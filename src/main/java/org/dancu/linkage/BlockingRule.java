package org.dancu.linkage;

/**
 * The blocking rules whose union gives a record's candidates. None uses the family name alone:
 * Nguyễn, Lò or Giàng would put a large share of a province in one block. Date-based keys use full
 * dates only; a record known to the year meets its person through the name keys.
 */
public enum BlockingRule {
    /** Same personal ID. */
    ID(Reference.BLOCK_CAP),
    /** Same old 9-digit ID. */
    OLD_ID(Reference.BLOCK_CAP),
    /**
     * Same first half of the ID and same given name; for the 12-digit ID that half is province,
     * century and year digits: catches a mistyped random part. In a province where a year's births
     * share a few dozen given names these blocks run to hundreds, so only small ones are looked up
     * (rare given names); common ones are left to the name rules.
     */
    ID_HEAD_GIVEN(50),
    /** Same second half of the ID (for the 12-digit ID, its six random digits): catches a mistyped head. */
    ID_TAIL(Reference.BLOCK_CAP),
    /** Same given name without diacritics and same full birth date. */
    GIVEN_DATE(Reference.BLOCK_CAP),
    /** Same family name without diacritics and same full birth date: catches a changed given name. */
    FAMILY_DATE(Reference.BLOCK_CAP),
    /** Same full name without diacritics and same birth year. */
    NAME_YEAR(Reference.BLOCK_CAP),
    /**
     * Same full birth date and current commune: catches changed or misspelt names. Sex is left out of
     * the key, as a tenth of sectoral records lack it; it is scored instead.
     */
    DATE_COMMUNE(Reference.BLOCK_CAP),
    /** Same name words in any order and same birth year: catches names written given name first. */
    SORTED_NAME_YEAR(Reference.BLOCK_CAP),
    /**
     * Same family and given name in either order, middle name ignored, and same birth year: catches a
     * dropped middle name, also in a name written given name first.
     */
    FAMILY_GIVEN_YEAR(Reference.BLOCK_CAP),
    /** Same full name without diacritics and same current commune: catches a missing or wrong birth date. */
    NAME_COMMUNE(Reference.BLOCK_CAP),
    /** Same full name without diacritics, same day and month of birth: catches a year off. */
    NAME_DAY(Reference.BLOCK_CAP),
    /**
     * Same given name, birth year and current commune: catches a misspelt family or middle name
     * when the date is known only to the year.
     */
    GIVEN_YEAR_COMMUNE(Reference.BLOCK_CAP);

    private final int cap;

    BlockingRule(int cap) {
        this.cap = cap;
    }

    /** The largest block of this rule that is looked up: its own cap, never above {@link Reference#BLOCK_CAP}. */
    public int largestBlock() {
        return Math.min(Reference.BLOCK_CAP, cap);
    }

    private static final long NONE = 0;

    /** The record's key for this rule, a 64-bit hash; 0 when the record has no key for it. */
    long key(Prepared p) {
        switch (this) {
            case ID:
                return hash(p.pin);
            case OLD_ID:
                return hash(p.oldId);
            case ID_HEAD_GIVEN:
                return p.given.isEmpty() ? NONE : hash(p.pinHead(), p.given);
            case ID_TAIL:
                return hash(p.pinTail());
            case FAMILY_DATE:
                return p.hasFullDate() && !p.familyGiven.equals(p.given)
                        ? hash(p.familyGiven.substring(0, p.familyGiven.indexOf(' ')), date(p)) : NONE;
            case GIVEN_DATE:
                return p.hasFullDate() ? hash(p.given, date(p)) : NONE;
            case NAME_YEAR:
                return p.year == 0 ? NONE : hash(p.ascii, Integer.toString(p.year));
            case DATE_COMMUNE:
                return p.hasFullDate() && !p.current.isEmpty() ? hash(date(p), p.current) : NONE;
            case SORTED_NAME_YEAR:
                return p.year == 0 || p.sorted.indexOf(' ') < 0 ? NONE : hash(p.sorted, Integer.toString(p.year));
            case FAMILY_GIVEN_YEAR:
                return p.year == 0 || p.familyGiven.equals(p.given) ? NONE
                        : hash(p.familyGivenPair, Integer.toString(p.year));
            case NAME_COMMUNE:
                return hash(p.ascii, p.current);
            case NAME_DAY:
                return p.hasFullDate() ? hash(p.ascii, p.month + "-" + p.day) : NONE;
            case GIVEN_YEAR_COMMUNE:
                return p.year == 0 || p.current.isEmpty() ? NONE : hash(p.given, p.year + "-" + p.current);
            default:
                throw new IllegalStateException(name());
        }
    }

    private static String date(Prepared p) {
        return p.year + "-" + p.month + "-" + p.day;
    }

    private long hash(String value) {
        return value.isEmpty() ? NONE : mix(fnv(fnv(0xcbf29ce484222325L ^ ordinal(), value), ""));
    }

    private long hash(String first, String second) {
        if (first.isEmpty() || second.isEmpty()) {
            return NONE;
        }
        return mix(fnv(fnv(0xcbf29ce484222325L ^ ordinal(), first), second));
    }

    private static long fnv(long hash, String value) {
        long h = hash;
        for (int i = 0; i < value.length(); i++) {
            h ^= value.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= 0x1f;
        return h * 0x100000001b3L;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == NONE ? 1 : h;
    }
}
