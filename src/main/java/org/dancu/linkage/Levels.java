package org.dancu.linkage;

import static org.dancu.linkage.Comparison.MISSING;

/** The agreement level of each comparison for a pair of prepared records (see {@link Comparison}). */
final class Levels {

    static final int COUNT = Comparison.values().length;

    private Levels() {
    }

    /** Fills {@code levels} (one per comparison, in enum order) for the pair. */
    static void compare(Prepared a, Prepared b, byte[] levels) {
        levels[0] = (byte) id(a.pin, b.pin, true);
        levels[1] = (byte) id(a.oldId, b.oldId, false);
        levels[2] = (byte) name(a, b);
        levels[3] = (byte) date(a, b);
        levels[4] = (byte) sex(a, b);
        levels[5] = (byte) commune(a, b);
        levels[6] = (byte) address(a.address, b.address);
        levels[7] = (byte) ethnicity(a.ethnicity, b.ethnicity);
        levels[8] = (byte) parent(a.father, b.father);
        levels[9] = (byte) parent(a.mother, b.mother);
    }

    static int ethnicity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return MISSING;
        }
        return a.equals(b) ? 0 : 1;
    }

    /** A parent's name: the same ASCII words, similar (see {@link Comparison#FATHER_NAME}), different. */
    static int parent(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return MISSING;
        }
        if (a.equals(b)) {
            return 0;
        }
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        boolean sameFamilyAndGiven = x.length > 1 && y.length > 1 && x[0].equals(y[0])
                && x[x.length - 1].equals(y[y.length - 1]);
        return sameFamilyAndGiven || oneWordSlipped(x, y) ? 1 : 2;
    }

    /** The same words but one, which is one typing slip off (a letter replaced, added, dropped or two swapped). */
    private static boolean oneWordSlipped(String[] x, String[] y) {
        if (x.length != y.length) {
            return false;
        }
        int differing = -1;
        for (int i = 0; i < x.length; i++) {
            if (!x[i].equals(y[i])) {
                if (differing >= 0) {
                    return false;
                }
                differing = i;
            }
        }
        return differing >= 0 && slip(x[differing], y[differing]);
    }

    private static boolean slip(String a, String b) {
        if (a.length() == b.length()) {
            return oneEdit(a, b);
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }

    static int id(String a, String b, boolean withPrefix) {
        if (a.isEmpty() || b.isEmpty()) {
            return MISSING;
        }
        if (a.equals(b)) {
            return 0;
        }
        if (oneEdit(a, b)) {
            return 1;
        }
        if (!withPrefix) {
            return 2;
        }
        return a.length() == 12 && b.length() == 12 && a.regionMatches(0, b, 0, 6) ? 2 : 3;
    }

    /** One substituted digit or two adjacent digits transposed (the usual typing slips). */
    static boolean oneEdit(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (++differences > 2) {
                    return false;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (differences == 1) {
            return true;
        }
        return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first)
                && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
    }

    static int name(Prepared a, Prepared b) {
        if (a.ascii.isEmpty() || b.ascii.isEmpty()) {
            return MISSING;
        }
        if (a.folded.equals(b.folded)) {
            return 0;
        }
        if (a.ascii.equals(b.ascii)) {
            return 1;
        }
        if (a.sorted.equals(b.sorted) || !a.familyGiven.equals(a.given) && !b.familyGiven.equals(b.given)
                && a.familyGivenPair.equals(b.familyGivenPair) && !a.familyGiven.equals(b.familyGiven)) {
            return 2;
        }
        if (a.familyGiven.equals(b.familyGiven) && (a.hasMiddle || b.hasMiddle)) {
            return 3;
        }
        double similarity = JaroWinkler.similarity(a.ascii, b.ascii);
        if (similarity >= 0.95) {
            return 4;
        }
        if (similarity >= 0.88) {
            return 5;
        }
        return a.given.equals(b.given) ? 6 : 7;
    }

    static int date(Prepared a, Prepared b) {
        if (a.year == 0 || b.year == 0) {
            return MISSING;
        }
        if (a.year == b.year) {
            if (a.hasFullDate() && b.hasFullDate()) {
                if (a.month == b.month && a.day == b.day) {
                    return 0;
                }
                if (a.month == b.day && a.day == b.month) {
                    return 1;
                }
                if (isJanuaryFirst(a) || isJanuaryFirst(b)) {
                    return 2;
                }
                return 4;
            }
            if (a.month != 0 && b.month != 0 && a.month != b.month) {
                return 4;
            }
            return 3;
        }
        boolean sameDay = a.day == 0 || b.day == 0 || a.month == b.month && a.day == b.day;
        return Math.abs(a.year - b.year) == 1 && sameDay ? 5 : 6;
    }

    private static boolean isJanuaryFirst(Prepared p) {
        return p.month == 1 && p.day == 1;
    }

    static int sex(Prepared a, Prepared b) {
        if (a.sex == 0 || b.sex == 0) {
            return MISSING;
        }
        return a.sex == b.sex ? 0 : 1;
    }

    static int commune(Prepared a, Prepared b) {
        if (a.commune.isEmpty() || b.commune.isEmpty()) {
            return MISSING;
        }
        if (a.commune.equals(b.commune)) {
            return 0;
        }
        if (a.current.equals(b.current)) {
            return 1;
        }
        return !a.district.isEmpty() && a.district.equals(b.district) ? 2 : 3;
    }

    static int address(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return MISSING;
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        double jaccard = (double) common / (a.length + b.length - common);
        return jaccard >= 0.8 ? 0 : jaccard >= 0.5 ? 1 : common > 0 ? 2 : 3;
    }
}
