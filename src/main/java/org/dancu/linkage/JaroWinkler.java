package org.dancu.linkage;

/** Jaro–Winkler similarity (prefix scale 0.1, up to four characters), allocation-light for the scoring loop. */
final class JaroWinkler {

    private JaroWinkler() {
    }

    static double similarity(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return la == lb ? 1 : 0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        long matchedA = 0;
        long matchedB = 0;
        boolean[] flagsA = la > 64 ? new boolean[la] : null;
        boolean[] flagsB = lb > 64 ? new boolean[lb] : null;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(lb, i + window + 1);
            char c = a.charAt(i);
            for (int j = from; j < to; j++) {
                if (!isSet(matchedB, flagsB, j) && b.charAt(j) == c) {
                    matchedA = set(matchedA, flagsA, i);
                    matchedB = set(matchedB, flagsB, j);
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            if (isSet(matchedA, flagsA, i)) {
                while (!isSet(matchedB, flagsB, k)) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        int limit = Math.min(4, Math.min(la, lb));
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    private static boolean isSet(long bits, boolean[] flags, int i) {
        return flags != null ? flags[i] : (bits & 1L << i) != 0;
    }

    private static long set(long bits, boolean[] flags, int i) {
        if (flags != null) {
            flags[i] = true;
            return bits;
        }
        return bits | 1L << i;
    }
}
